@NullMarked
package nl.alliantie.accounts.bootstrap;

import org.jspecify.annotations.NullMarked;
