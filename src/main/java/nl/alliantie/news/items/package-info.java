@NullMarked
package nl.alliantie.news.items;

import org.jspecify.annotations.NullMarked;
