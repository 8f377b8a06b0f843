@NullMarked
package nl.alliantie.conferences.registrations;

import org.jspecify.annotations.NullMarked;
