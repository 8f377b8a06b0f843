@NullMarked
package nl.alliantie.shared.retention;

import org.jspecify.annotations.NullMarked;
