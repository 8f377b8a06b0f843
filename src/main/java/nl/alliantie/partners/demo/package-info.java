@NullMarked
package nl.alliantie.partners.demo;

import org.jspecify.annotations.NullMarked;
