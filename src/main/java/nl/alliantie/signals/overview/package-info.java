@NullMarked
package nl.alliantie.signals.overview;

import org.jspecify.annotations.NullMarked;
