@NullMarked
package nl.alliantie.agendas.parties;

import org.jspecify.annotations.NullMarked;
