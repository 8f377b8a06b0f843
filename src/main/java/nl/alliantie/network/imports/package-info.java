@NullMarked
package nl.alliantie.network.imports;

import org.jspecify.annotations.NullMarked;
