/** Announcing, changing and cancelling one-off events, their calendar entries and the secretariat's pages. */
@org.jspecify.annotations.NullMarked
package nl.alliantie.events.announcing;
