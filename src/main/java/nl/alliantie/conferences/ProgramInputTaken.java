package nl.alliantie.conferences;

/**
 * The secretariat turned an item offered through {@link ProgramInputs} into a workshop or a block
 * of the edition of {@code year}; the module that offered it hears which ({@code key} as it gave it).
 */
public record ProgramInputTaken(String key, int year, ProgramInputs.Use as) {
}
