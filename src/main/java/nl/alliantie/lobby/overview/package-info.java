@NullMarked
package nl.alliantie.lobby.overview;

import org.jspecify.annotations.NullMarked;
