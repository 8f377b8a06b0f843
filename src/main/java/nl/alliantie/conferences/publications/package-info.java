@NullMarked
package nl.alliantie.conferences.publications;

import org.jspecify.annotations.NullMarked;
