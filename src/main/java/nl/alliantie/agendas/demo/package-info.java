@NullMarked
package nl.alliantie.agendas.demo;

import org.jspecify.annotations.NullMarked;
