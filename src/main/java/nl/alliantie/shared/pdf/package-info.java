@NullMarked
package nl.alliantie.shared.pdf;

import org.jspecify.annotations.NullMarked;
