package nl.alliantie.partners.list;

import java.time.Instant;

/** A partner or funder as lists show it (the logo's bytes are served apart). */
public record Partner(long id, String name, PartnerKind kind, String website, String description, int position,
		String logoType, int logoWidth, int logoHeight, Instant updatedAt) {

	public boolean hasLogo() {
		return logoType != null;
	}

	/** The logo's address; it changes when the logo does, so it may be kept long. */
	public String logoHref() {
		return "/partners/" + id + "/logo?v=" + updatedAt.toEpochMilli();
	}
}
