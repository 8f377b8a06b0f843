package nl.alliantie.conferences.web;

import jakarta.validation.constraints.Size;

/** Changing workshop choices and needs through the personal link. */
public record ChangeForm(Long werkgroep1, Long werkgroep2,
		@Size(max = 500, message = "{conferences.register.needs.size}") String toegankelijkheid,
		@Size(max = 500, message = "{conferences.register.needs.size}") String dieet) {
}
