@NullMarked
package nl.alliantie.lobby.secretary;

import org.jspecify.annotations.NullMarked;
