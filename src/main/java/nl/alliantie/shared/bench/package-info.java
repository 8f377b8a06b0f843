@NullMarked
package nl.alliantie.shared.bench;

import org.jspecify.annotations.NullMarked;
