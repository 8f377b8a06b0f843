package nl.alliantie.partners.list;

import java.util.Arrays;
import java.util.Optional;

/** A partner helps the alliance with work or knowledge; a funder pays for it. */
public enum PartnerKind {

	PARTNER("partner"), FUNDER("financier");

	private final String slug;

	PartnerKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	static Optional<PartnerKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}
}
