@NullMarked
package nl.alliantie.shared.calendar;

import org.jspecify.annotations.NullMarked;
