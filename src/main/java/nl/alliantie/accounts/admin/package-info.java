@NullMarked
package nl.alliantie.accounts.admin;

import org.jspecify.annotations.NullMarked;
