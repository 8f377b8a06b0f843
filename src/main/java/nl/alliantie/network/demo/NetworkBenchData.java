package nl.alliantie.network.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;

/**
 * The register for the bench, set-based: 500 organisations and 2,000 people at the national
 * scale (5,000 and 20,000 at national10), spread over all municipalities, two representatives each
 * for the first organisations.
 */
@Component
class NetworkBenchData implements BenchData {

	private final JdbcClient jdbc;

	private final nl.alliantie.network.organisations.Directory directory;

	NetworkBenchData(JdbcClient jdbc, nl.alliantie.network.organisations.Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	public String name() {
		return "network";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void generate(BenchScale scale) {
		directory.changed();
		jdbc.sql("""
				with m as (select m.name, m.province, p.region_key, row_number() over (order by m.name) - 1 as rn
				           from network_municipality m join network_province p on p.name = m.province),
				     t as (select array_agg(key order by position, key) as keys from network_organisation_type)
				insert into network_organisation (name, type_key, municipality, province, region_key, status,
				    member_since, website, activities, themes)
				select 'Bench organisatie ' || n, t.keys[1 + n % cardinality(t.keys)], m.name, m.province, m.region_key,
				       (array['AANGESLOTEN','AANGESLOTEN','AANGESLOTEN','UITGENODIGD','OP_AFSTAND','GESTOPT'])[1 + n % 6],
				       date '2012-01-01' + (n % 4000), 'https://bench-' || n || '.example.org',
				       'Bench-gegevens: hulp bij geldzaken, samen koken en een inloop voor buurtbewoners.',
				       array['schulden', 'werk']
				from generate_series(1, :count) n
				cross join t
				join m on m.rn = n % (select count(*) from network_municipality)
				on conflict do nothing
				""")
			.param("count", scale.times(500))
			.update();
		jdbc.sql("""
				insert into network_person (name, email, phone)
				select 'Bench persoon ' || n, 'bench-persoon-' || n || '@bench.alliantie.local', '06 ' || (10000000 + n)
				from generate_series(1, :count) n
				on conflict do nothing
				""")
			.param("count", scale.times(2000))
			.update();
		jdbc.sql("""
				with o as (select id, row_number() over (order by id) as rn from network_organisation
				           where name like 'Bench organisatie %'),
				     p as (select id, row_number() over (order by id) as rn from network_person
				           where email like 'bench-persoon-%')
				insert into network_representative (organisation_id, person_id)
				select o.id, p.id from p join o on o.rn = (p.rn + 1) / 2
				on conflict do nothing
				""").update();
	}
}
