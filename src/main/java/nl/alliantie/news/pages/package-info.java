@NullMarked
package nl.alliantie.news.pages;

import org.jspecify.annotations.NullMarked;
