@NullMarked
package nl.alliantie.newsletter.sending;

import org.jspecify.annotations.NullMarked;
