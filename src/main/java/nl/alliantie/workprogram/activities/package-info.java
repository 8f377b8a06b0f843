@NullMarked
package nl.alliantie.workprogram.activities;

import org.jspecify.annotations.NullMarked;
