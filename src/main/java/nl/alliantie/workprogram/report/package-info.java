@NullMarked
package nl.alliantie.workprogram.report;

import org.jspecify.annotations.NullMarked;
