@NullMarked
package nl.alliantie.conferences.demo;

import org.jspecify.annotations.NullMarked;
