package nl.alliantie.accounts.twostep;

import java.util.List;

/** The recovery codes, shown once (after setting up two-step login, at login, or on the account page), and where to go next. */
public record RecoveryCodesPage(List<String> codes, String next) {
}
