package nl.alliantie.accounts.bootstrap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;

/** Accounts for the bench: 200 at the national scale, all with one password hashed once. */
@Component
class BenchAccounts implements BenchData {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	BenchAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public void generate(BenchScale scale) {
		jdbc.sql("""
				insert into accounts_account (email, display_name, password_hash)
				select 'bench' || n || '@bench.alliantie.local', 'Bench persoon ' || n, :hash
				from generate_series(1, :count) n
				on conflict do nothing
				""")
			.param("hash", passwords.encode("bench-wachtwoord"))
			.param("count", scale.times(200))
			.update();
		jdbc.sql("""
				insert into accounts_grant (account_id, role, scope)
				select id, 'REGIOCOORDINATOR', (array['noord','oost','zuid','west'])[1 + id % 4]
				from accounts_account where email like 'bench%@bench.alliantie.local'
				on conflict do nothing
				""").update();
	}
}
