@NullMarked
package nl.alliantie.newsletter.archive;

import org.jspecify.annotations.NullMarked;
