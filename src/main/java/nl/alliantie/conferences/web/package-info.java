@NullMarked
package nl.alliantie.conferences.web;

import org.jspecify.annotations.NullMarked;
