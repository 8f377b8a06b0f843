@NullMarked
package nl.alliantie.opendata.api;

import org.jspecify.annotations.NullMarked;
