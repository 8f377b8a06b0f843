@NullMarked
package nl.alliantie.calendar.feeds;

import org.jspecify.annotations.NullMarked;
