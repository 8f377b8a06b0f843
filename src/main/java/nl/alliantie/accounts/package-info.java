/**
 * Who may do what: accounts with e-mail and password, roles with their binding to a region,
 * organisation or province, login with throttling, password reset and invitation by mail, and
 * one-time or reusable, expiring, hashed link tokens that let people answer without an account.
 * The API is {@link nl.alliantie.accounts.Access} (checks other modules declare),
 * {@link nl.alliantie.accounts.Accounts} (inviting people) and
 * {@link nl.alliantie.accounts.LinkTokens}. Publishes no events and listens to none.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = { "mail", "shared" })
package nl.alliantie.accounts;
