@NullMarked
package nl.alliantie.shared.events;

import org.jspecify.annotations.NullMarked;
