@NullMarked
package nl.alliantie.newsletter.editorial;

import org.jspecify.annotations.NullMarked;
