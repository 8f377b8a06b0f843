@NullMarked
package nl.alliantie.lobby.letters;

import org.jspecify.annotations.NullMarked;
