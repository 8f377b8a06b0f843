@NullMarked
package nl.alliantie.shared.web.edge;

import org.jspecify.annotations.NullMarked;
