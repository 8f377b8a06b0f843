@NullMarked
package nl.alliantie.network.privacy;

import org.jspecify.annotations.NullMarked;
