@NullMarked
package nl.alliantie.shared.db;

import org.jspecify.annotations.NullMarked;
