@NullMarked
package nl.alliantie.lobby.drafting;

import org.jspecify.annotations.NullMarked;
