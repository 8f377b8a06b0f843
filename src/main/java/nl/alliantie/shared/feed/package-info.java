@NullMarked
package nl.alliantie.shared.feed;

import org.jspecify.annotations.NullMarked;
