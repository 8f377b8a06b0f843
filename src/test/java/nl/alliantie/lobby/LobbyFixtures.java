package nl.alliantie.lobby;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.network.places.Griffies;

/** Campaigns with a year no other test uses, and griffie addresses no other test uses. */
@Component
public class LobbyFixtures {

	private final Campaigns campaigns;

	private final Griffies griffies;

	LobbyFixtures(Campaigns campaigns, Griffies griffies) {
		this.campaigns = campaigns;
		this.griffies = griffies;
	}

	/** A campaign of a free year (always before this year) with this national text and the given proposals (numbered from 1). */
	public Campaign campaign(String text, String... proposals) {
		while (true) {
			// a year before this one: this year's campaign, the one the public pages offer, is the journey's
			int year = 2000 + ThreadLocalRandom.current().nextInt(LocalDate.now(campaigns.clock()).getYear() - 2000);
			try {
				CampaignId id = campaigns.create(year, "Raadsbrief " + year + " " + UUID.randomUUID().toString().substring(0, 6),
						text, LocalDate.of(year, 4, 15));
				Campaign campaign = campaigns.find(id.value()).orElseThrow();
				int number = 1;
				for (String proposal : proposals) {
					campaigns.saveProposal(campaign, null, number++, proposal, "Toelichting bij " + proposal, List.of());
				}
				return campaign;
			}
			catch (Campaigns.YearTaken e) {
				// another test has this year; try another
			}
		}
	}

	/** Gives the municipality a griffie address of its own and returns it. */
	public String griffie(String municipality) {
		String address = "griffie-" + UUID.randomUUID().toString().substring(0, 8) + "@gemeente.example";
		griffies.set(municipality, address);
		return address;
	}
}
