@NullMarked
package nl.alliantie.accounts.password;

import org.jspecify.annotations.NullMarked;
