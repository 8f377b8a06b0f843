@NullMarked
package nl.alliantie.mail.outgoing;

import org.jspecify.annotations.NullMarked;
