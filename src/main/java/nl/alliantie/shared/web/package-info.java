@NullMarked
package nl.alliantie.shared.web;

import org.jspecify.annotations.NullMarked;
