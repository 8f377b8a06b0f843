package nl.alliantie.conferences.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.conferences.publications.FileType;
import nl.alliantie.conferences.publications.Publications;

/**
 * Serves stored files. Only the four checked types are ever stored; they go out with their own
 * type, {@code nosniff}, a download name, and a sandboxing CSP, so a file is never run as a page.
 */
@Controller
class PublicationController {

	private final Publications publications;

	PublicationController(Publications publications) {
		this.publications = publications;
	}

	@GetMapping("/alliantiedagen/bestanden/{id}")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		Publications.StoredFile file = publications.file(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		FileType type = FileType.of(file.contentType()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ContentDisposition disposition = (type.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.filename())
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic())
			.body(file.data());
	}

	@GetMapping("/alliantiedagen/bestanden/{id}/klein")
	ResponseEntity<byte[]> thumbnail(@PathVariable long id) {
		byte[] png = publications.thumbnail(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("klein-" + id + ".png").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(7)).cachePublic())
			.body(png);
	}
}
