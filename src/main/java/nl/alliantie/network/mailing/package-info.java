@NullMarked
package nl.alliantie.network.mailing;

import org.jspecify.annotations.NullMarked;
