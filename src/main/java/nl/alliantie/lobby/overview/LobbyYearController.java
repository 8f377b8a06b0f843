package nl.alliantie.lobby.overview;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.campaigns.Proposal;
import nl.alliantie.lobby.letters.LetterStore;
import nl.alliantie.lobby.letters.Response;
import nl.alliantie.lobby.letters.ResponseMap;
import nl.alliantie.lobby.parliament.Parliament;
import nl.alliantie.lobby.secretary.StateSecretary;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;
import nl.alliantie.signals.SignalId;
import nl.alliantie.signals.Signals;

/**
 * The public lobby pages of a year: the council letter with its proposals and what the councils did
 * with it, the proposals to parliament with the visits and what became of each, the published
 * consultations with the state secretary (position paper, report, commitments), and the archive of
 * years; the same as an Atom feed; and the place of a lobby item that a signal's trail links to.
 * <p>
 * A year's page is built from nine indexed queries over that year's rows (the campaign's 342 letters
 * at most, whatever the number of signals) and kept until the lobby's tables or the signals change
 * (docs/adr/0037), as are the years and the feed: while nothing changes, a page costs no query.
 */
@Controller
public class LobbyYearController {

	/** A year's lobby; each part {@code null} or empty when that year has none. */
	public record YearPage(int year, boolean current, @Nullable Campaign campaign, List<Proposal> proposals,
			Map<Response, Integer> responses, int sent, List<ResponseMap.Tile> tiles, Parliament.@Nullable ProposalSet parliament,
			List<Parliament.Proposal> parliamentProposals, List<Parliament.Visit> visits,
			List<StateSecretary.Meeting> meetings, Map<Long, Signals.SignalSummary> signals, List<Integer> years) {

		public boolean empty() {
			return campaign == null && parliament == null && meetings.isEmpty();
		}

		/** The published signals among {@code ids}, in their order. */
		public List<Signals.SignalSummary> signalsOf(List<Long> ids) {
			return ids.stream().map(signals::get).filter(java.util.Objects::nonNull).toList();
		}
	}

	private final Campaigns campaigns;

	private final LetterStore letters;

	private final Parliament parliament;

	private final StateSecretary secretary;

	private final Signals signals;

	private final LobbyYears years;

	private final LobbyFeed feed;

	private final ResponseMap map;

	private record Key(int year, boolean current) {
	}

	/** The years with something to show; one key. */
	private final UntilChanged<Boolean, List<Integer>> yearList;

	private final UntilChanged<Key, YearPage> pages;

	LobbyYearController(Campaigns campaigns, LetterStore letters, Parliament parliament, StateSecretary secretary,
			Signals signals, LobbyYears years, LobbyFeed feed, ResponseMap map, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.map = map;
		Set<String> channels = Set.of("lobby_changed", "signals_changed");
		this.yearList = new UntilChanged<>(notifications, channels, 1, keep, all -> List.copyOf(years.all()));
		this.pages = new UntilChanged<>(notifications, channels, 200, keep,
				key -> year(key.year(), key.current(), years()));
		this.feed = feed;
		this.secretary = secretary;
		this.campaigns = campaigns;
		this.letters = letters;
		this.parliament = parliament;
		this.signals = signals;
		this.years = years;
	}

	@GetMapping("/lobby")
	String current(Model model) {
		List<Integer> years = years();
		int thisYear = LocalDate.now(campaigns.clock()).getYear();
		int year = years.stream().filter(y -> y <= thisYear).findFirst().orElse(years.isEmpty() ? thisYear : years.get(0));
		model.addAttribute("page", pages.get(new Key(year, true)));
		return "lobby/year";
	}

	@GetMapping("/lobby.atom")
	void atom(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		feed.write(response);
	}

	@GetMapping("/lobby/{jaar:[0-9]{4}}")
	String ofYear(@PathVariable int jaar, Model model) {
		List<Integer> years = years();
		if (!years.contains(jaar)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("page", pages.get(new Key(jaar, false)));
		return "lobby/year";
	}

	/** Where a signal's trail points: the proposal, the municipality's letter or the point of a position paper. */
	@GetMapping("/lobby/stuk/{id:[0-9]+}")
	String item(@PathVariable long id) {
		Optional<String> href = campaigns.publicHrefOf(id)
			.or(() -> parliament.publicHrefOf(id))
			.or(() -> secretary.publicHrefOf(id));
		return "redirect:" + href.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	List<Integer> years() {
		return yearList.get(Boolean.TRUE);
	}

	private YearPage year(int year, boolean current, List<Integer> years) {
		Campaign campaign = campaigns.ofYear(year).orElse(null);
		List<Proposal> proposals = campaign == null ? List.of() : campaigns.proposals(campaign.id());
		Map<String, Response> letterResponses = campaign == null ? Map.of() : letters.responses(campaign.id().value());
		Map<Response, Integer> responses = ResponseMap.counts(letterResponses);
		Parliament.ProposalSet set = parliament.ofYear(year).orElse(null);
		List<Parliament.Proposal> toParliament = set == null ? List.of() : parliament.proposals(set.id());
		List<Parliament.Visit> visits = set == null ? List.of() : parliament.visits(set.id());
		Set<Long> cited = new LinkedHashSet<>();
		proposals.forEach(p -> cited.addAll(p.signalIds()));
		toParliament.forEach(p -> cited.addAll(p.signalIds()));
		Map<Long, Signals.SignalSummary> published = signals.published(new ArrayList<>(cited).stream().map(SignalId::new).toList())
			.stream()
			.collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
		int sent = responses.values().stream().mapToInt(Integer::intValue).sum();
		return new YearPage(year, current, campaign, proposals, responses, sent,
				sent == 0 ? List.of() : map.of(letterResponses), set, toParliament, visits,
				secretary.publishedIn(year), published, years);
	}
}
