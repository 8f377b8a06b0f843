@NullMarked
package nl.alliantie.documents.demo;

import org.jspecify.annotations.NullMarked;
