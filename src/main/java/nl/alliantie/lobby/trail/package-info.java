@NullMarked
package nl.alliantie.lobby.trail;

import org.jspecify.annotations.NullMarked;
