@NullMarked
package nl.alliantie.mail.bounces;

import org.jspecify.annotations.NullMarked;
