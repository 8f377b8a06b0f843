@NullMarked
package nl.alliantie.signals.charts;

import org.jspecify.annotations.NullMarked;
