@NullMarked
package nl.alliantie.network.people;

import org.jspecify.annotations.NullMarked;
