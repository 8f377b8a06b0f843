@NullMarked
package nl.alliantie.news.demo;

import org.jspecify.annotations.NullMarked;
