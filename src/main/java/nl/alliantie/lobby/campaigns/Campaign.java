package nl.alliantie.lobby.campaigns;

import java.time.LocalDate;

import nl.alliantie.lobby.CampaignId;

/** The council letter of one year: the national text (Markdown) and the planned send date. */
public record Campaign(CampaignId id, int year, String title, String nationalText, LocalDate sendOn) {

	public String adminHref() {
		return "/beheer/lobby/" + id.value();
	}
}
