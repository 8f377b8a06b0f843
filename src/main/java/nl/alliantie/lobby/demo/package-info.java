@NullMarked
package nl.alliantie.lobby.demo;

import org.jspecify.annotations.NullMarked;
