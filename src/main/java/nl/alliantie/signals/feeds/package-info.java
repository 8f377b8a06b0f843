@NullMarked
package nl.alliantie.signals.feeds;

import org.jspecify.annotations.NullMarked;
