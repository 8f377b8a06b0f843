package nl.alliantie.signals.handling;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a moderator sends from the handling page; each action reads the fields it needs. */
public record ActionForm(@Nullable String titel, @Nullable String verhaal, @Nullable List<String> themas, @Nullable String gemeente, @Nullable String regio,
		@Nullable String overleg, @Nullable String lobby, @Nullable String datum, @Nullable String tekst, @Nullable String doel) {

	public static final ActionForm EMPTY = new ActionForm(null, null, null, null, null, null, null, null, null, null);

	public boolean has(String theme) {
		return themas != null && themas.contains(theme);
	}
}
