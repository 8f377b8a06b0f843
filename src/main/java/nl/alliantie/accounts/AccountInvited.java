package nl.alliantie.accounts;

/** Someone was invited to make an account; the invitation mail has gone out. */
public record AccountInvited(AccountId account, String email) {
}
