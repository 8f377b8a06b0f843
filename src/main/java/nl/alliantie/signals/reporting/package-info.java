@NullMarked
package nl.alliantie.signals.reporting;

import org.jspecify.annotations.NullMarked;
