package nl.alliantie.shared.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImagesTest {

	static byte[] picture(String format, int width, int height, int type) throws Exception {
		BufferedImage image = new BufferedImage(width, height, type);
		image.getGraphics().fillRect(0, 0, width / 2, height / 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	@Test
	void aLargePhotoIsScaledAndWrittenAnewWithoutWhatCameWithIt() throws Exception {
		byte[] jpeg = picture("jpeg", 3000, 2000, BufferedImage.TYPE_INT_RGB);
		// something hidden after the picture's end (a "polyglot" upload) does not survive re-encoding
		byte[] upload = new byte[jpeg.length + 40];
		System.arraycopy(jpeg, 0, upload, 0, jpeg.length);
		System.arraycopy("<script>alert(1)</script>GPS-52.37-4.89".getBytes(StandardCharsets.US_ASCII), 0, upload, jpeg.length,
				38);
		Images.Picture scaled = Images.scaled(upload);
		assertThat(scaled.contentType()).isEqualTo("image/jpeg");
		assertThat(scaled.width()).isEqualTo(1200);
		assertThat(scaled.height()).isEqualTo(800);
		assertThat(new String(scaled.content(), StandardCharsets.ISO_8859_1)).doesNotContain("<script>", "GPS-52");
		BufferedImage back = ImageIO.read(new ByteArrayInputStream(scaled.content()));
		assertThat(back.getWidth()).isEqualTo(1200);
	}

	@Test
	void aWebpPhotoIsReadScaledAndServedAsJpeg() throws Exception {
		// made with Debian's cwebp (lossy, 1600 x 900); a WebP upload is never served as uploaded
		byte[] webp;
		try (var in = ImagesTest.class.getResourceAsStream("/images/photo-1600x900.webp")) {
			webp = in.readAllBytes();
		}
		assertThat(Images.format(webp)).contains("webp");
		Images.Picture scaled = Images.scaled(webp);
		assertThat(scaled.contentType()).isEqualTo("image/jpeg");
		assertThat(scaled.width()).isEqualTo(1200);
		assertThat(scaled.height()).isEqualTo(675);
		assertThat(ImageIO.read(new ByteArrayInputStream(scaled.content())).getWidth()).isEqualTo(1200);
		// the magic bytes of a WebP followed by nonsense
		byte[] broken = java.util.Arrays.copyOf(webp, 40);
		assertThatThrownBy(() -> Images.scaled(broken)).hasMessage("images.unreadable");
	}

	@Test
	void aSmallPngWithTransparencyStaysPngAndItsSize() throws Exception {
		Images.Picture scaled = Images.scaled(picture("png", 300, 200, BufferedImage.TYPE_INT_ARGB));
		assertThat(scaled.contentType()).isEqualTo("image/png");
		assertThat(scaled.width()).isEqualTo(300);
		assertThat(scaled.height()).isEqualTo(200);
	}

	@Test
	void whatIsNotAPhotoIsRefusedWithItsReason() throws Exception {
		assertThatThrownBy(() -> Images.scaled(new byte[0])).hasMessage("images.empty");
		assertThatThrownBy(() -> Images.scaled("<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8)))
			.hasMessage("images.type");
		assertThatThrownBy(() -> Images.scaled("GIF89a....".getBytes(StandardCharsets.US_ASCII))).hasMessage("images.type");
		assertThatThrownBy(() -> Images.scaled("%PDF-1.7 named foto.jpg".getBytes(StandardCharsets.US_ASCII)))
			.hasMessage("images.type");
		// the magic bytes of a JPEG followed by nonsense
		assertThatThrownBy(() -> Images.scaled(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5 }))
			.hasMessage("images.unreadable");
		assertThatThrownBy(() -> Images.scaled(new byte[Images.MAX_BYTES + 1])).hasMessage("images.tooLarge");
	}

	@Test
	void aDecompressionBombIsRefusedBeforeItIsDecoded() throws Exception {
		// a PNG header that claims 100,000 × 100,000 pixels
		byte[] png = picture("png", 10, 10, BufferedImage.TYPE_INT_RGB);
		java.nio.ByteBuffer.wrap(png, 16, 8).putInt(100_000).putInt(100_000);
		assertThatThrownBy(() -> Images.scaled(png)).hasMessageMatching("images\\.(tooManyPixels|unreadable)");
	}
}
