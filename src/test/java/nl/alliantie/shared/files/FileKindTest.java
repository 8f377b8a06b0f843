package nl.alliantie.shared.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One recogniser of uploads for every module: the kind comes from the content, a module takes only
 * its own kinds (the toolkit and a council's answer the documents, the library all), and the name
 * must say the same kind.
 */
class FileKindTest {

	@Test
	void theKindComesFromTheContent() throws Exception {
		assertThat(FileKind.detect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).contains(FileKind.PDF);
		assertThat(FileKind.detect(zip("[Content_Types].xml", "word/document.xml"))).contains(FileKind.DOCX);
		assertThat(FileKind.detect(zip("[Content_Types].xml", "ppt/slides/slide1.xml"))).contains(FileKind.PPTX);
		assertThat(FileKind.detect(odt())).contains(FileKind.ODT);
		assertThat(FileKind.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).contains(FileKind.JPEG);
		assertThat(FileKind.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileKind.detect(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })).isEmpty();
		assertThat(FileKind.detect(null)).isEmpty();
	}

	@Test
	void aModuleTakesOnlyItsOwnKinds() throws Exception {
		assertThat(FileKind.detect(zip("[Content_Types].xml", "ppt/slides/slide1.xml"), FileKind.DOCUMENTS)).isEmpty();
		assertThat(FileKind.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, FileKind.DOCUMENTS)).isEmpty();
		assertThat(FileKind.detect(odt(), FileKind.DOCUMENTS)).contains(FileKind.ODT);
	}

	@Test
	void theNameMustSayTheSameKindAndIsMadeSafe() {
		assertThat(FileKind.JPEG.named("Foto.JPEG")).isTrue();
		assertThat(FileKind.PDF.named("verslag.docx")).isFalse();
		assertThat(FileKind.safeName("../../etc/brief.pdf", FileKind.PDF, "antwoord")).isEqualTo("brief.pdf");
		assertThat(FileKind.safeName("C:\\stukken\\plan \"1\".odt", FileKind.ODT, "toolkit")).isEqualTo("plan _1_.odt");
		assertThat(FileKind.safeName("brief.exe", FileKind.DOCX, "toolkit")).isEqualTo("toolkit.docx");
		assertThat(FileKind.safeName(null, FileKind.PDF, "document")).isEqualTo("document.pdf");
	}

	private static byte[] odt() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write(FileKind.ODT.contentType().getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] zip(String... entries) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
