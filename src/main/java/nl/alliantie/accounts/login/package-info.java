@NullMarked
package nl.alliantie.accounts.login;

import org.jspecify.annotations.NullMarked;
