@NullMarked
package nl.alliantie.shared.csv;

import org.jspecify.annotations.NullMarked;
