@NullMarked
package nl.alliantie.signals.handling;

import org.jspecify.annotations.NullMarked;
