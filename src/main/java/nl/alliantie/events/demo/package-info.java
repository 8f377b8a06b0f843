/** Demo and bench one-off events. */
@org.jspecify.annotations.NullMarked
package nl.alliantie.events.demo;
