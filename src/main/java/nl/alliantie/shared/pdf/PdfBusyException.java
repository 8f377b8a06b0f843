package nl.alliantie.shared.pdf;

/**
 * Every PDF builder stayed busy for as long as a request waits: the visitor gets the 503 page that
 * asks to try again shortly, and the application keeps its memory for everyone else.
 */
public class PdfBusyException extends RuntimeException {

	public PdfBusyException() {
		super("Alle PDF-bouwers zijn bezig");
	}
}
