@NullMarked
package nl.alliantie.newsletter.subscribers;

import org.jspecify.annotations.NullMarked;
