@NullMarked
package nl.alliantie.shared.text;

import org.jspecify.annotations.NullMarked;
