@NullMarked
package nl.alliantie.lobby.parliament;

import org.jspecify.annotations.NullMarked;
