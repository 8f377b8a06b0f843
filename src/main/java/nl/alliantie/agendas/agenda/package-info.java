@NullMarked
package nl.alliantie.agendas.agenda;

import org.jspecify.annotations.NullMarked;
