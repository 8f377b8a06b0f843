package nl.alliantie.signals.handling;

import java.util.List;

/** What a moderator sends from the handling page; each action reads the fields it needs. */
public record ActionForm(String titel, String verhaal, List<String> themas, String gemeente, String regio,
		String overleg, String lobby, String datum, String tekst, String doel) {

	public static final ActionForm EMPTY = new ActionForm(null, null, null, null, null, null, null, null, null, null);

	public boolean has(String theme) {
		return themas != null && themas.contains(theme);
	}
}
