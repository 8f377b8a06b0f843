package nl.alliantie.lobby.campaigns;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The campaign as the secretariat types it: year, title, national text (Markdown), planned send date. */
public record CampaignForm(
		String jaar,
		@NotBlank(message = "{lobby.campaign.title.required}") @Size(max = 200, message = "{lobby.campaign.title.size}") String titel,
		@NotBlank(message = "{lobby.campaign.text.required}") @Size(max = 20000, message = "{lobby.campaign.text.size}") String tekst,
		String verzenddatum) {

	static CampaignForm empty(int year) {
		return new CampaignForm(Integer.toString(year), "", "", year + "-04-15");
	}

	static CampaignForm of(Campaign campaign) {
		return new CampaignForm(Integer.toString(campaign.year()), campaign.title(), campaign.nationalText(),
				campaign.sendOn().toString());
	}

	@Nullable Integer year(BindingResult result) {
		try {
			int year = Integer.parseInt(jaar == null ? "" : jaar.strip());
			if (year >= 2000 && year <= 2100) {
				return year;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		result.rejectValue("jaar", "lobby.campaign.year.invalid");
		return null;
	}

	@Nullable LocalDate sendOn(BindingResult result) {
		try {
			return LocalDate.parse(verzenddatum == null ? "" : verzenddatum.strip());
		}
		catch (DateTimeParseException e) {
			result.rejectValue("verzenddatum", "lobby.campaign.sendOn.invalid");
			return null;
		}
	}
}
