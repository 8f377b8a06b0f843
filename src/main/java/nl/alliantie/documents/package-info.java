/**
 * The document library ({@code /documenten}): manifests, position papers, folders, reports,
 * presentations, photos and minutes in one place, with type, year and theme, Dutch full-text search
 * over title and description and filters that each have an index. The secretariat uploads files
 * (PDF, DOCX, ODT, PPTX, JPEG, PNG, recognised by their content and refused when the name says
 * otherwise; stored in PostgreSQL). What other modules publish is listed here with a link to where
 * it lives, never copied: it hears {@link nl.alliantie.consultations.MinutesPublished},
 * {@link nl.alliantie.lobby.PositionPaperPublished} / {@link nl.alliantie.lobby.PositionPaperWithdrawn},
 * {@link nl.alliantie.conferences.PublicationPublished} (reports and presentations of the
 * Alliantiedagen and of one-off events one row each, their photos one row per edition or event) and
 * {@link nl.alliantie.newsletter.IssueSent} (listeners idempotent: one row per source). The API is {@link nl.alliantie.documents.Documents}
 * (keyset pages for the open data API). Holds no personal data.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = { "accounts", "conferences", "consultations", "lobby", "network", "newsletter", "shared" })
package nl.alliantie.documents;
