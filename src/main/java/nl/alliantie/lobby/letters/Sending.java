package nl.alliantie.lobby.letters;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.network.Network;

/** Starts the sending of a campaign's letters at a moment; the dispatcher does the rest. */
@Component
public class Sending {

	private final LetterStore store;

	private final LetterDispatcher dispatcher;

	private final Network network;

	Sending(LetterStore store, LetterDispatcher dispatcher, Network network) {
		this.store = store;
		this.dispatcher = dispatcher;
		this.network = network;
	}

	/**
	 * Makes a letter for every municipality of the register (those without a griffie address are
	 * marked for post) to go out from {@code after}; a second start leaves every letter as it is.
	 *
	 * @return how many letters were added now
	 */
	public int start(Campaign campaign, Instant after) {
		List<String> names = network.municipalities().stream().map(Network.MunicipalitySummary::name).toList();
		int added = store.start(campaign.id().value(), names, network.griffies(), after);
		if (!after.isAfter(dispatcher.now())) {
			dispatcher.nudge();
		}
		return added;
	}
}
