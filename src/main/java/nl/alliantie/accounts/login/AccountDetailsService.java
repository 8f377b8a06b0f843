package nl.alliantie.accounts.login;

import java.sql.Array;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.login.AccountPrincipal.SecondStep;
import nl.alliantie.accounts.twostep.TwoStep;

@Component
class AccountDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	AccountDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public AccountPrincipal loadUserByUsername(String email) {
		return jdbc.sql("""
				select a.id, a.email, a.display_name, a.password_hash, a.enabled, a.totp_confirmed_at is not null as two_step,
				       p.two_step_for_bound_roles, p.two_step_for_secretariat,
				       array_remove(array_agg(g.role || ':' || g.scope), null) as grants
				from accounts_account a left join accounts_grant g on g.account_id = a.id
				     cross join accounts_policy p
				where lower(a.email) = lower(:email)
				group by a.id, p.id
				""")
			.param("email", email == null ? "" : email.trim())
			.query((rs, row) -> {
				Set<Grant> grants = grants(rs.getArray("grants"));
				TwoStep.Policy policy = new TwoStep.Policy(rs.getBoolean("two_step_for_bound_roles"),
						rs.getBoolean("two_step_for_secretariat"));
				SecondStep second = rs.getBoolean("two_step") ? SecondStep.CODE
						: TwoStep.requiredBy(policy, grants) ? SecondStep.SETUP : SecondStep.NONE;
				return new AccountPrincipal(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
						rs.getString("password_hash"), rs.getBoolean("enabled"), grants, second);
			})
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}

	private static Set<Grant> grants(Array array) throws java.sql.SQLException {
		Set<Grant> grants = new HashSet<>();
		for (Object value : (Object[]) array.getArray()) {
			grants.add(Grant.parse((String) value));
		}
		return grants;
	}
}
