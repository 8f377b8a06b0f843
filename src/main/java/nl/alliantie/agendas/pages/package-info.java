@NullMarked
package nl.alliantie.agendas.pages;

import org.jspecify.annotations.NullMarked;
