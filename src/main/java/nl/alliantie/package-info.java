@NullMarked
package nl.alliantie;

import org.jspecify.annotations.NullMarked;
