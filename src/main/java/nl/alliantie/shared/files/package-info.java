@NullMarked
package nl.alliantie.shared.files;

import org.jspecify.annotations.NullMarked;
