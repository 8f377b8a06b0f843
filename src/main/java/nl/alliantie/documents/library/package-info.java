@NullMarked
package nl.alliantie.documents.library;

import org.jspecify.annotations.NullMarked;
