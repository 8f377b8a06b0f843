@NullMarked
package nl.alliantie.network.calls;

import org.jspecify.annotations.NullMarked;
