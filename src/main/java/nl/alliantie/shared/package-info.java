/**
 * Small value types and web support that every module uses: the settings of an installation
 * ({@link nl.alliantie.shared.AlliantieProperties}), the embedded PostgreSQL started when no
 * external database is configured, the page context templates render with, navigation and
 * public-path contributions, and the hook through which modules add demo data. Owns no domain
 * data, publishes and listens to no events.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.alliantie.shared;
