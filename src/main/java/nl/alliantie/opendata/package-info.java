/**
 * Open data: a read-only JSON API under {@code /api/v1/} of the public facts of the other modules
 * (organisations with their public fields, municipalities with their newest local social agenda and
 * council letter response, regional consultations, Alliantiedagen editions with days and partners,
 * one-off events, published signals as moderated, and the document library), each read through that module's root
 * API a page at a time by key (an opaque cursor), with {@code ETag} / {@code If-None-Match}, CORS
 * for GET and a limit of requests per network address per minute ({@code 429} with
 * {@code Retry-After}). Its OpenAPI 3.1 description is written by hand ({@code docs/adr/0032}) and
 * served at {@code /api/v1/openapi.json}. Publishes and hears no events; keeps only the request
 * counts of the last minutes, by network address.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Open data", allowedDependencies = { "agendas", "conferences", "consultations", "documents", "events", "lobby", "network", "shared", "signals" })
package nl.alliantie.opendata;
