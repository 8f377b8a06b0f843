@NullMarked
package nl.alliantie.consultations.minutes;

import org.jspecify.annotations.NullMarked;
