package nl.alliantie.events.announcing;

import jakarta.validation.constraints.Size;

/** A report or photo for a held event; the file is a separate part of the request. */
public record UploadForm(@Size(max = 200, message = "{events.files.title.size}") String bestandstitel) {

	public UploadForm {
		bestandstitel = bestandstitel == null ? "" : bestandstitel.strip();
	}
}
