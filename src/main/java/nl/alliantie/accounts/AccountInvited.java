package nl.alliantie.accounts;

/** Someone was invited to make an account; the invitation mail is in the outbox. */
public record AccountInvited(AccountId account, String email) {
}
