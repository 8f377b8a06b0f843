@NullMarked
package nl.alliantie.shared.demo;

import org.jspecify.annotations.NullMarked;
