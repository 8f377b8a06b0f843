@NullMarked
package nl.alliantie.shared.time;

import org.jspecify.annotations.NullMarked;
