@NullMarked
package nl.alliantie.calendar.agenda;

import org.jspecify.annotations.NullMarked;
