@NullMarked
package nl.alliantie.consultations.calendar;

import org.jspecify.annotations.NullMarked;
