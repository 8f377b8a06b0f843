package nl.alliantie.conferences.web;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.alliantie.conferences.editions.Block;

/** The secretariat's forms for making an edition; field names are unique over the edition page. */
public final class EditionForms {

	private EditionForms() {
	}

	public record EditionForm(
			@NotNull(message = "{conferences.edition.year.required}") @Min(value = 2000, message = "{conferences.edition.year.range}")
			@Max(value = 2100, message = "{conferences.edition.year.range}") @Nullable Integer jaar,
			@NotBlank(message = "{conferences.edition.theme.required}") @Size(max = 200, message = "{conferences.field.size}") String thema,
			@NotBlank(message = "{conferences.edition.title.required}") @Size(max = 200, message = "{conferences.field.size}") String titel,
			@Size(max = 4000, message = "{conferences.field.size}") String beschrijving) {

		public static EditionForm empty() {
			return new EditionForm(null, "", "", "");
		}
	}

	public record BlockForm(
			@NotBlank(message = "{conferences.block.kind.required}")
			@Pattern(regexp = "opening|introduction|contribution|intermezzo|workshops|closing", message = "{conferences.block.kind.required}") String blokSoort,
			@NotBlank(message = "{conferences.block.title.required}") @Size(max = 200, message = "{conferences.field.size}") String blokTitel,
			@NotNull(message = "{conferences.block.time.required}") @DateTimeFormat(pattern = "H:mm") @Nullable LocalTime blokBegin,
			@NotNull(message = "{conferences.block.time.required}") @DateTimeFormat(pattern = "H:mm") @Nullable LocalTime blokEinde) {

		public static BlockForm empty() {
			return new BlockForm("", "", null, null);
		}

		static BlockForm of(Block block) {
			return new BlockForm(block.kind(), block.title(), block.startsAt(), block.endsAt());
		}
	}

	public record DayForm(
			@NotNull(message = "{conferences.day.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate datum,
			@NotBlank(message = "{conferences.day.town.required}") @Size(max = 100, message = "{conferences.field.size}") String plaats,
			@NotBlank(message = "{conferences.day.venue.required}") @Size(max = 200, message = "{conferences.field.size}") String locatie,
			@NotBlank(message = "{conferences.day.address.required}") @Size(max = 200, message = "{conferences.field.size}") String adres,
			@Pattern(regexp = "|noord|oost|zuid|west", message = "{conferences.day.region.invalid}") String regio,
			@NotNull(message = "{conferences.day.capacity.required}") @Min(value = 1, message = "{conferences.day.capacity.required}")
			@Max(value = 100000, message = "{conferences.day.capacity.required}") @Nullable Integer capaciteit) {

		public static DayForm empty() {
			return new DayForm(null, "", "", "", "", null);
		}
	}

	public record WorkshopForm(
			@NotBlank(message = "{conferences.workshop.title.required}") @Size(max = 200, message = "{conferences.field.size}") String werkgroepTitel,
			@Size(max = 4000, message = "{conferences.field.size}") String werkgroepOmschrijving,
			@Size(max = 200, message = "{conferences.field.size}") String begeleider) {

		public static WorkshopForm empty() {
			return new WorkshopForm("", "", "");
		}
	}

	public record PartnerForm(
			@NotBlank(message = "{conferences.partner.name.required}") @Size(max = 200, message = "{conferences.field.size}") String partnerNaam,
			@NotBlank(message = "{conferences.partner.kind.required}") @Pattern(regexp = "partner|funder", message = "{conferences.partner.kind.required}") String partnerSoort,
			@Size(max = 500, message = "{conferences.field.size}") String bijdrage,
			org.springframework.web.multipart.@Nullable MultipartFile logo) {

		public static PartnerForm empty() {
			return new PartnerForm("", "partner", "", null);
		}
	}

	public record SpeakerForm(
			@NotNull(message = "{conferences.speaker.block.required}") @Nullable Long blok,
			@NotBlank(message = "{conferences.speaker.name.required}") @Size(max = 200, message = "{conferences.field.size}") String sprekerNaam,
			@Size(max = 200, message = "{conferences.field.size}") String sprekerOrganisatie,
			@Size(max = 200, message = "{conferences.field.size}") String sprekerTitel,
			@Size(max = 1000, message = "{conferences.field.size}") String bio) {

		public static SpeakerForm empty() {
			return new SpeakerForm(null, "", "", "", "");
		}
	}

	public record SessionForm(
			@NotNull(message = "{conferences.session.workshop.required}") @Nullable Long werkgroep,
			@NotNull(message = "{conferences.session.capacity.required}") @Min(value = 1, message = "{conferences.session.capacity.required}")
			@Max(value = 10000, message = "{conferences.session.capacity.required}") Integer plaatsen,
			@NotNull(message = "{conferences.session.minimum.required}") @Min(value = 0, message = "{conferences.session.minimum.required}")
			@Max(value = 10000, message = "{conferences.session.minimum.required}") Integer minimum) {

		public static SessionForm empty() {
			return new SessionForm(null, 25, 8);
		}
	}

	public record CapacityForm(
			@NotNull(message = "{conferences.day.capacity.required}") @Min(value = 1, message = "{conferences.day.capacity.required}")
			@Max(value = 100000, message = "{conferences.day.capacity.required}") Integer capaciteit) {
	}

	public record UploadForm(
			@NotBlank(message = "{conferences.upload.kind.required}") @Pattern(regexp = "report|presentation|photo", message = "{conferences.upload.kind.required}") String soort,
			@Size(max = 200, message = "{conferences.field.size}") String titel,
			@Nullable Long sessie,
			org.springframework.web.multipart.@Nullable MultipartFile bestand) {

		public static UploadForm empty() {
			return new UploadForm("report", "", null, null);
		}
	}
}
