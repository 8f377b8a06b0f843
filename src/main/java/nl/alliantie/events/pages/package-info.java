/** The public pages of the one-off events: the list, an event's page with its registration form, its calendar file. */
@org.jspecify.annotations.NullMarked
package nl.alliantie.events.pages;
