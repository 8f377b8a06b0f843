@NullMarked
package nl.alliantie.agendas.practices;

import org.jspecify.annotations.NullMarked;
