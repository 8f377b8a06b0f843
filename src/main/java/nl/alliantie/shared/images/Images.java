package nl.alliantie.shared.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Pictures people upload (a news photo): recognised by their content, never by name or by what the
 * browser says, decoded only when their size is sane (no decompression bomb), scaled down to at
 * most {@link #MAX_WIDTH} pixels wide and written anew, so what is served is never the uploaded
 * file: no hidden payload, no EXIF (a phone photo's GPS position) survives. JPEG, PNG and WebP in;
 * JPEG (or PNG when the picture has transparency) out, which every mail program shows.
 */
public final class Images {

	public static final int MAX_WIDTH = 1200;

	/** Uploads larger than this are refused before anything is decoded. */
	public static final int MAX_BYTES = 8 * 1024 * 1024;

	private static final long MAX_PIXELS = 40_000_000L;

	/** A picture as it is stored and served. */
	public record Picture(byte[] content, String contentType, int width, int height) {
	}

	/** Why an upload is not a picture we take; {@code messageKey} is a sentence for the form. */
	public static final class NotAPicture extends Exception {

		private final String messageKey;

		NotAPicture(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private Images() {
	}

	/** The upload, checked, scaled and re-encoded; or why not. */
	public static Picture scaled(byte[] upload) throws NotAPicture {
		if (upload == null || upload.length == 0) {
			throw new NotAPicture("images.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw new NotAPicture("images.tooLarge");
		}
		Optional<String> format = format(upload);
		if (format.isEmpty()) {
			throw new NotAPicture("images.type");
		}
		BufferedImage image = read(upload, format.get());
		int width = image.getWidth();
		int height = image.getHeight();
		if (width > MAX_WIDTH) {
			height = Math.max(1, (int) Math.round(height * (MAX_WIDTH / (double) width)));
			width = MAX_WIDTH;
		}
		boolean alpha = image.getColorModel().hasAlpha();
		BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (!alpha) {
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, width, height);
			}
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		try {
			return alpha ? new Picture(png(target), "image/png", width, height)
					: new Picture(jpeg(target), "image/jpeg", width, height);
		}
		catch (IOException e) {
			throw new NotAPicture("images.unreadable");
		}
	}

	/** {@code jpeg}, {@code png} or {@code webp} judged by the first bytes, or empty. */
	static Optional<String> format(byte[] data) {
		if (data.length > 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
			return Optional.of("jpeg");
		}
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
		if (data.length > png.length && java.util.Arrays.equals(data, 0, png.length, png, 0, png.length)) {
			return Optional.of("png");
		}
		// RIFF, four bytes of length, WEBP
		if (data.length > 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F' && data[8] == 'W'
				&& data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
			return Optional.of("webp");
		}
		return Optional.empty();
	}

	private static BufferedImage read(byte[] upload, String format) throws NotAPicture {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (!readers.hasNext()) {
				throw new NotAPicture("images.type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels <= 0 || pixels > MAX_PIXELS) {
					throw new NotAPicture("images.tooManyPixels");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException broken) {
			throw new NotAPicture("images.unreadable");
		}
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.82f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
