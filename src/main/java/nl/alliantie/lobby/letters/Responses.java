package nl.alliantie.lobby.letters;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import nl.alliantie.shared.files.FileKind;

/**
 * Records a council's response from the secretariat's page or a local group's link: the same
 * checks for both, an answer document accepted only when its content is what its name says.
 */
@Component
class Responses {

	/** Largest answer document taken: 5 MB. */
	static final int MAX_ANSWER_BYTES = 5 * 1024 * 1024;

	private final LetterStore store;

	private final Letters letters;

	Responses(LetterStore store, Letters letters) {
		this.store = store;
		this.letters = letters;
	}

	/** Stores the response unless {@code result} has (or gets) errors; false when nothing was stored. */
	boolean record(long campaignId, String municipality, ResponseForm form, MultipartFile file, BindingResult result) {
		Response response = form.response(result);
		LocalDate on = form.on(result, LocalDate.now(letters.clock()));
		LetterStore.Document document = null;
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > MAX_ANSWER_BYTES) {
				result.reject("lobby.response.document.tooLarge");
			}
			else {
				byte[] content;
				try {
					content = file.getBytes();
				}
				catch (IOException e) {
					content = new byte[0];
				}
				var type = FileKind.detect(content, FileKind.DOCUMENTS).filter(kind -> kind.named(file.getOriginalFilename()));
				if (type.isEmpty()) {
					result.reject("lobby.response.document.invalid");
				}
				else {
					document = new LetterStore.Document(FileKind.safeName(file.getOriginalFilename(), type.get(), "antwoord"),
							type.get().contentType(), content);
				}
			}
		}
		if (result.hasErrors() || response == null) { // no response is rejected beside its field
			return false;
		}
		return store.respond(campaignId, municipality, response, on, form.notitie(), document);
	}
}
