@NullMarked
package nl.alliantie.conferences.evaluations;

import org.jspecify.annotations.NullMarked;
