@NullMarked
package nl.alliantie.network.places;

import org.jspecify.annotations.NullMarked;
