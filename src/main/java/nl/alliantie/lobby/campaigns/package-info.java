@NullMarked
package nl.alliantie.lobby.campaigns;

import org.jspecify.annotations.NullMarked;
