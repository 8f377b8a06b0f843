@NullMarked
package nl.alliantie.agendas.toolkit;

import org.jspecify.annotations.NullMarked;
