@NullMarked
package nl.alliantie.newsletter.demo;

import org.jspecify.annotations.NullMarked;
