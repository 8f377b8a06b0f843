package nl.alliantie.consultations.demo;

import nl.alliantie.shared.time.DutchTime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.consultations.invitations.Answer;
import nl.alliantie.consultations.minutes.Minutes;
import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.network.Network;
import nl.alliantie.shared.demo.DemoData;

/**
 * This year's consultations for every region: the January one held with replies, minutes, a
 * published summary and open action points; the June one held with minutes still to publish (or
 * invited, when June is still to come); and next January's planned, ready to invite. Demo
 * replies are written directly: no mail goes out for them.
 */
@Component
class ConsultationsDemoData implements DemoData {

	static final String[][] PLACES = { { "noord", "Buurthuis De Kloosterhof", "Kloosterstraat 12, Assen" },
			{ "oost", "Wijkcentrum De Hanzehof", "Coehoornsingel 3, Zutphen" },
			{ "zuid", "Ontmoetingscentrum De Poort", "Korvelplein 1, Tilburg" },
			{ "west", "Huis van de Wijk Bouwlust", "Loosduinseweg 7, Den Haag" } };

	private final ConsultationStore store;

	private final Minutes minutes;

	private final Network network;

	private final JdbcClient jdbc;

	ConsultationsDemoData(ConsultationStore store, Minutes minutes, Network network, JdbcClient jdbc) {
		this.store = store;
		this.minutes = minutes;
		this.network = network;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "consultations";
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public void load() {
		Random random = new Random(2012);
		LocalDate today = LocalDate.now(store.clock());
		int year = today.getYear();
		for (String[] place : PLACES) {
			String region = place[0];
			long january = plan(region, LocalDate.of(year, 1, 24), place);
			invite(january, region, random, true);
			minutes.record(january, attended(january), """
					Opening en voorstelronde. Twaalf organisaties uit de regio waren er, waaronder twee nieuwe.
					Netwerk: de voedselbank en de thuisadministratie willen vaker samen optrekken.
					Activiteiten: de groepen delen hun plannen voor de week van de armoede.
					Nieuws: meer mensen melden zich bij de schuldhulp; wachtlijsten worden langer.
					Lobby: we schrijven mee aan de brief aan de gemeenteraden.
					Landelijke plannen: het werkprogramma is besproken en krijgt steun.""",
					"Het netwerk groeit. De groepen werken samen aan de week van de armoede en schrijven mee aan "
							+ "de brief aan de gemeenteraden. Signaal: de wachtlijsten bij de schuldhulp worden langer.");
			minutes.addPoint(january, "BESLUIT", "We schrijven samen mee aan de raadsbrief van dit voorjaar.", "", null,
					false);
			minutes.addPoint(january, "ACTIEPUNT", "Een lijst maken van voedselbanken en kerken in de regio die nog niet meedoen.",
					"Coördinator " + region, LocalDate.of(year, 3, 1), false);
			minutes.addPoint(january, "ACTIEPUNT", "Ervaringen met wachtlijsten bij de schuldhulp verzamelen.",
					"Anti-armoedegroep", LocalDate.of(year, 5, 1), true);
			minutes.addPoint(january, "BESLUIT", "Workshop over eigen regie bij schulden voorstellen voor de Alliantiedagen.",
					"", null, true);
			jdbc.sql("update consultations_consultation set status = 'VERSLAG_GEPUBLICEERD', published_at = starts_at + interval '7 days' where id = :id")
				.param("id", january)
				.update();

			LocalDate juneDay = LocalDate.of(year, 6, 2);
			long june = plan(region, juneDay, place);
			if (juneDay.isBefore(today)) {
				invite(june, region, random, true);
				minutes.record(june, attended(june), "Verslag in concept: de groepen bespraken de voorbereiding van de Alliantiedagen.", "");
				minutes.addPoint(june, "ACTIEPUNT", "Sprekers uit de regio voordragen voor de Alliantiedagen.",
						"Coördinator " + region, LocalDate.of(year, 9, 1), true);
			}
			else {
				invite(june, region, random, false);
			}
			plan(region, LocalDate.of(year + 1, 1, 26), place);
		}
	}

	private long plan(String region, LocalDate day, String[] place) {
		return store.plan(new ConsultationStore.Details(region,
				day.atTime(LocalTime.of(10, 0)).atZone(DutchTime.ZONE).toInstant(),
				day.atTime(LocalTime.of(12, 30)).atZone(DutchTime.ZONE).toInstant(), place[1], place[2],
				"Tien minuten lopen vanaf het station. De zaal is op de begane grond en toegankelijk met een rolstoel.",
				null));
	}

	/** Invitations for the region, with replies when {@code answered}. */
	private void invite(long consultationId, String region, Random random, boolean answered) {
		for (Network.Invitee invitee : network.inviteesOf(region)) {
			Answer answer = !answered ? null : switch (random.nextInt(4)) {
				case 0, 1 -> Answer.YES;
				case 2 -> Answer.NO;
				default -> null;
			};
			List<Network.KnownRepresentative> known = network.representativesOf(invitee.id());
			boolean named = answer == Answer.YES && !known.isEmpty();
			jdbc.sql("""
					insert into consultations_invitation (consultation_id, organisation_id, name, email, sent_at, answer,
					    person1_name, person1_email, remarks, answered_at)
					values (:c, :o, :name, :email, now(), :answer, :p1, :e1, :remarks, case when cast(:answer as text) is null then null else now() end)
					on conflict do nothing
					""")
				.param("c", consultationId)
				.param("o", invitee.id().value())
				.param("name", invitee.name())
				.param("email", invitee.email())
				.param("answer", answer == null ? null : answer.code())
				.param("p1", named ? known.get(0).name() : null)
				.param("e1", named ? known.get(0).email() : null)
				.param("remarks", named && random.nextInt(5) == 0 ? "Graag een vegetarische lunch." : null)
				.update();
		}
		jdbc.sql("update consultations_consultation set status = 'UITNODIGING_VERSTUURD' where id = :id")
			.param("id", consultationId)
			.update();
	}

	private List<Long> attended(long consultationId) {
		return jdbc.sql("select id from consultations_invitation where consultation_id = :id and answer = 'JA'")
			.param("id", consultationId)
			.query(Long.class)
			.list();
	}
}
