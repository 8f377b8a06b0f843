package nl.alliantie.network.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A person in the register. Knows which of its personal fields a change touches. */
public class Person {

	public static final String ERASED_NAME = "Gewiste persoon";

	private final @Nullable Long id;

	private @Nullable String name;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable Instant erasedAt;

	Person(@Nullable Long id, @Nullable String name, @Nullable String email, @Nullable String phone, @Nullable Instant erasedAt) {
		this.id = id;
		this.name = name;
		this.email = email;
		this.phone = phone;
		this.erasedAt = erasedAt;
	}

	static Person create(String name, String email, @Nullable String phone) {
		return new Person(null, clean(name), normaliseEmail(email), clean(phone), null);
	}

	/** Applies new values; returns the names of the fields that changed. */
	List<String> change(String newName, String newEmail, @Nullable String newPhone) {
		if (erased()) {
			throw new IllegalStateException("An erased person cannot be changed");
		}
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(name, clean(newName))) {
			name = clean(newName);
			changed.add("naam");
		}
		if (!Objects.equals(email, normaliseEmail(newEmail))) {
			email = normaliseEmail(newEmail);
			changed.add("email");
		}
		if (!Objects.equals(phone, clean(newPhone))) {
			phone = clean(newPhone);
			changed.add("telefoon");
		}
		return changed;
	}

	/** Anonymises the personal fields; the row stays so that counts stay right. */
	void erase(Instant now) {
		name = ERASED_NAME;
		email = null;
		phone = null;
		erasedAt = now;
	}

	public static @Nullable String normaliseEmail(@Nullable String email) {
		String cleaned = clean(email);
		return cleaned == null ? null : cleaned.toLowerCase(Locale.ROOT);
	}

	static @Nullable String clean(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public @Nullable Long id() {
		return id;
	}

	public @Nullable String name() {
		return name;
	}

	public @Nullable String email() {
		return email;
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable Instant erasedAt() {
		return erasedAt;
	}

	public boolean erased() {
		return erasedAt != null;
	}
}
