@NullMarked
package nl.alliantie.shared.images;

import org.jspecify.annotations.NullMarked;
