/**
 * The work program (werkprogramma): per year the activities of the alliance (title, description,
 * who carries it, period, state), each optionally linked to the module that carries it, whose
 * progress is then read from that module's {@link nl.alliantie.shared.figures.YearFigureSource}
 * (council letters sent, newsletter issues sent of planned, regional consultations, Alliantiedagen
 * days and consultations with the state secretary held) — never typed twice; and the year report
 * (jaarverslag): planned against done and the figures of the year, as a page and an A4 PDF
 * ({@code shared.pdf}). Publishes and hears no events; keeps no personal data.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Work program", allowedDependencies = { "accounts", "shared" })
package nl.alliantie.workprogram;
