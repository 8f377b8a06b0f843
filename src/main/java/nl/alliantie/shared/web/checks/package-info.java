@NullMarked
package nl.alliantie.shared.web.checks;

import org.jspecify.annotations.NullMarked;
