@NullMarked
package nl.alliantie.partners.list;

import org.jspecify.annotations.NullMarked;
