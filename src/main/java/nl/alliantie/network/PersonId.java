package nl.alliantie.network;

public record PersonId(long value) {
}
