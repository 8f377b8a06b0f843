@NullMarked
package nl.alliantie.consultations.planning;

import org.jspecify.annotations.NullMarked;
