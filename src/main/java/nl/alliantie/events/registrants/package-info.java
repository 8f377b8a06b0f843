/** The registrations of a one-off event for the secretariat: the list, its CSV and the check-in on the day. */
@org.jspecify.annotations.NullMarked
package nl.alliantie.events.registrants;
