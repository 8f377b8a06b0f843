package nl.alliantie.accounts;

public record AccountId(long value) {
}
