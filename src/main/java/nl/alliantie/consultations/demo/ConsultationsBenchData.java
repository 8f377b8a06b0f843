package nl.alliantie.consultations.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;

/**
 * For the bench: a coming consultation of region noord with 500 invitations (two thirds
 * answered), at a predictable path: the first consultation planned, {@code /regio-overleggen/1},
 * and its staff page {@code /beheer/regio-overleggen/1/uitnodigingen}.
 */
@Component
class ConsultationsBenchData implements BenchData {

	private final JdbcClient jdbc;

	private final ConsultationStore store;

	ConsultationsBenchData(JdbcClient jdbc, ConsultationStore store) {
		this.jdbc = jdbc;
		this.store = store;
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
	public void generate(BenchScale scale) {
		java.time.Instant start = store.clock().instant().plus(java.time.Duration.ofDays(30));
		long id = store.plan(new ConsultationStore.Details("noord", start, start.plus(java.time.Duration.ofMinutes(150)),
				"Bench buurthuis", "Benchstraat 1, Assen", "Vlak bij het station.", null));
		jdbc.sql("""
				insert into consultations_invitation (consultation_id, name, email, sent_at, answer, person1_name,
				    person1_email, remarks, answered_at)
				select :id, 'Bench organisatie ' || n, 'bench-uitnodiging-' || n || '@bench.alliantie.local', now(),
				       (array['JA', 'NEE', null])[1 + n % 3],
				       case when n % 3 = 0 then 'Bench persoon ' || n end,
				       case when n % 3 = 0 then 'bench-persoon-' || n || '@bench.alliantie.local' end,
				       case when n % 7 = 0 then 'Graag een plek dicht bij de deur.' end,
				       case when n % 3 <> 2 then now() end
				from generate_series(1, 500) n
				on conflict do nothing
				""")
			.param("id", id)
			.update();
		jdbc.sql("update consultations_consultation set status = 'UITNODIGING_VERSTUURD' where id = :id")
			.param("id", id)
			.update();
	}
}
