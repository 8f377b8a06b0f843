package nl.alliantie.conferences.registrations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.alliantie.network.Network;
import nl.alliantie.network.Network.OrganisationSummary;

/**
 * Turns what a visitor typed as organisation into what a registration stores: the id and name of
 * a member organisation of the network when the text names exactly one, else the free text.
 * <p>
 * The form offers names as the visitor types (a {@code <datalist>} that htmx fills from
 * {@link #suggestions(String)}, a few names at a time, never the whole list); without JavaScript
 * the field is plain text and the name is matched here on submit. A name that several
 * organisations share is suggested as "name (municipality)", which matches exactly one; typed
 * without the municipality, the organisation in the day's region is taken when there is one.
 */
@Component
public class OrganisationChoice {

	/** How many names the field suggests at once. */
	static final int SUGGESTIONS = 10;

	private static final Pattern WITH_MUNICIPALITY = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");

	/** The organisation as stored: the id of a network organisation (or null) and the name. */
	public record Chosen(@Nullable Long organisationId, String name) {
	}

	/** A name the field suggests: what it fills in, and the municipality as label. */
	public record Suggestion(String value, String municipality) {
	}

	private final Network network;

	OrganisationChoice(Network network) {
		this.network = network;
	}

	/**
	 * @param typed what the visitor typed
	 * @param dayRegion the region key of the day, to choose between organisations of the same name
	 */
	public Chosen resolve(String typed, @Nullable String dayRegion) {
		String text = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			return new Chosen(null, "");
		}
		Optional<OrganisationSummary> match = one(network.organisationsNamed(text), dayRegion);
		if (match.isEmpty()) {
			Matcher named = WITH_MUNICIPALITY.matcher(text);
			if (named.matches()) {
				String municipality = named.group(2).strip();
				match = network.organisationsNamed(named.group(1))
					.stream()
					.filter(organisation -> organisation.municipality().equalsIgnoreCase(municipality))
					.findFirst();
			}
		}
		return match.map(organisation -> new Chosen(organisation.id().value(), organisation.name()))
			.orElse(new Chosen(null, text));
	}

	/** Names that fit what the visitor typed so far; empty for less than two letters. */
	public List<Suggestion> suggestions(String typed) {
		List<OrganisationSummary> found = network.organisationsMatching(typed, SUGGESTIONS);
		Map<String, Long> sameName = found.stream()
			.collect(Collectors.groupingBy(organisation -> organisation.name().toLowerCase(Locale.ROOT),
					Collectors.counting()));
		return found.stream()
			.map(organisation -> new Suggestion(sameName.getOrDefault(organisation.name().toLowerCase(Locale.ROOT), 1L) > 1
					? organisation.name() + " (" + organisation.municipality() + ")" : organisation.name(),
					organisation.municipality()))
			.toList();
	}

	private static Optional<OrganisationSummary> one(List<OrganisationSummary> named, @Nullable String region) {
		if (named.size() == 1) {
			return Optional.of(named.get(0));
		}
		if (region != null) {
			List<OrganisationSummary> inRegion = named.stream().filter(o -> region.equals(o.region())).toList();
			if (inRegion.size() == 1) {
				return Optional.of(inRegion.get(0));
			}
		}
		return Optional.empty();
	}
}
