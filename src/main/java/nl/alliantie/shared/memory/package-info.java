@NullMarked
package nl.alliantie.shared.memory;

import org.jspecify.annotations.NullMarked;
