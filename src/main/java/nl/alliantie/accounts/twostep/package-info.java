@NullMarked
package nl.alliantie.accounts.twostep;

import org.jspecify.annotations.NullMarked;
