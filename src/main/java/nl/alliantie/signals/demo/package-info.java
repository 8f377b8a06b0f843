@NullMarked
package nl.alliantie.signals.demo;

import org.jspecify.annotations.NullMarked;
