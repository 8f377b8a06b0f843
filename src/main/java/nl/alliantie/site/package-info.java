/**
 * The public face and the frame around every page: the home page (a dashboard for a visitor: the
 * next dates of {@link nl.alliantie.calendar.PublicCalendar}, the latest published signals and news,
 * this year's figures through {@link nl.alliantie.shared.figures.YearFigures}, the newsletter's
 * subscribe form), the secretariat's start page
 * {@code /beheer} (tiles contributed by modules as {@link nl.alliantie.shared.web.AdminLink}), the
 * language switch, and friendly error pages for 403, 404, 500 and an unavailable database (503).
 * Publishes and listens to no events.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Site", allowedDependencies = { "calendar", "news", "newsletter", "shared", "signals" })
package nl.alliantie.site;
