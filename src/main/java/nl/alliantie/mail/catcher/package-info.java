@NullMarked
package nl.alliantie.mail.catcher;

import org.jspecify.annotations.NullMarked;
