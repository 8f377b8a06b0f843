@NullMarked
package nl.alliantie.network.demo;

import org.jspecify.annotations.NullMarked;
