@NullMarked
package nl.alliantie.consultations.invitations;

import org.jspecify.annotations.NullMarked;
