@NullMarked
package nl.alliantie.shared.figures;

import org.jspecify.annotations.NullMarked;
