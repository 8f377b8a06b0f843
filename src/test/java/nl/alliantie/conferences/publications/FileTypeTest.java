package nl.alliantie.conferences.publications;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeTest {

	@Test
	void recognisesTheFourTypesByContent() throws Exception {
		assertThat(FileType.detect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
		assertThat(FileType.detect(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 })).contains(FileType.PNG);
		assertThat(FileType.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).contains(FileType.JPEG);
		assertThat(FileType.detect(zip("[Content_Types].xml", "ppt/slides/slide1.xml"))).contains(FileType.PPTX);
	}

	@Test
	void refusesEverythingElse() throws Exception {
		assertThat(FileType.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes())).isEmpty();
		assertThat(FileType.detect("<!doctype html><script>alert(1)</script>".getBytes())).isEmpty();
		assertThat(FileType.detect("GIF89a".getBytes())).isEmpty();
		assertThat(FileType.detect(zip("[Content_Types].xml", "word/document.xml"))).isEmpty();
		assertThat(FileType.detect(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })).isEmpty();
		assertThat(FileType.detect(new byte[0])).isEmpty();
	}

	@Test
	void namesAreMadeSafeAndGetTheRealExtension() {
		assertThat(Publications.safeName("../../etc/passwd", FileType.PDF)).isEqualTo("passwd.pdf");
		assertThat(Publications.safeName("C:\\fotos\\zaal \"1\".html", FileType.PNG)).isEqualTo("zaal _1_.png");
		assertThat(Publications.safeName(null, FileType.JPEG)).isEqualTo("bestand.jpg");
	}

	static byte[] zip(String... entries) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
