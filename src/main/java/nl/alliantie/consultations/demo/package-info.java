@NullMarked
package nl.alliantie.consultations.demo;

import org.jspecify.annotations.NullMarked;
