@NullMarked
package nl.alliantie.conferences.mails;

import org.jspecify.annotations.NullMarked;
