@NullMarked
package nl.alliantie.conferences.editions;

import org.jspecify.annotations.NullMarked;
