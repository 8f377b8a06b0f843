@NullMarked
package nl.alliantie.network.organisations;

import org.jspecify.annotations.NullMarked;
