package nl.alliantie.conferences.publications;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.conferences.PublicationPublished;

/**
 * Reports, presentations and photos of a day or a workshop, and partner logos, stored in
 * PostgreSQL. A file is accepted only when its content is a PDF, PPTX, JPEG or PNG within
 * {@link #MAX_BYTES}; photos get a PNG thumbnail made with ImageIO.
 */
@Service
public class Publications {

	/** Largest file accepted; the multipart limit in application.properties is a little above it. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int THUMBNAIL_WIDTH = 320;

	/** A file as lists show it, without its bytes. */
	public record PublicFile(long id, Long dayId, Long sessionId, String kind, String title, String filename,
			String contentType, int size, boolean thumbnail, String workshop) {

		public String href() {
			return "/alliantiedagen/bestanden/" + id;
		}

		public String thumbnailHref() {
			return "/alliantiedagen/bestanden/" + id + "/klein";
		}

		public boolean photo() {
			return "photo".equals(kind);
		}

		public String sizeText() {
			return size >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", size / 1048576.0)
					: Math.max(1, size / 1024) + " kB";
		}
	}

	/** A file with its bytes, to serve. */
	public record StoredFile(String filename, String contentType, byte[] data) {
	}

	/** Why a file was refused; the key is the sentence shown next to the field. */
	public static class Refused extends RuntimeException {

		private final String messageKey;

		public Refused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private record Cached(List<PublicFile> files, long at) {
	}

	private final JdbcClient jdbc;

	/** The first page of files per day, for the public day page; forgotten on every upload. */
	private final Map<Long, Cached> firstPages = new ConcurrentHashMap<>();

	private final ApplicationEventPublisher events;

	Publications(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Like {@link #ofDay} from the start, read at most once every two seconds per day. */
	public List<PublicFile> firstOfDay(long dayId, int limit) {
		Cached cached = firstPages.get(dayId);
		if (cached != null && System.nanoTime() - cached.at() < 2_000_000_000L && cached.files().size() <= limit) {
			return cached.files();
		}
		List<PublicFile> files = ofDay(dayId, 0, limit);
		firstPages.put(dayId, new Cached(files, System.nanoTime()));
		return files;
	}

	/**
	 * Stores a file after checking it. {@code kind} is report, presentation or photo (photo for
	 * images whatever was asked; documents cannot be photos) or logo. {@code editionId} is null for
	 * a file of an occasion ({@code dayId} its row, docs/adr/0031). Every file but a logo is
	 * published ({@link PublicationPublished}) in the caller's transaction, for the document library.
	 */
	@Transactional
	public long store(@Nullable Long editionId, @Nullable Long dayId, @Nullable Long sessionId, String kind, String title,
			@Nullable String filename, byte[] data) {
		if (editionId == null && dayId == null) {
			throw new IllegalArgumentException("A file belongs to an edition or an occasion");
		}
		if (data == null || data.length == 0) {
			throw new Refused("conferences.upload.empty");
		}
		if (data.length > MAX_BYTES) {
			throw new Refused("conferences.upload.tooLarge");
		}
		FileType type = FileType.detect(data).orElseThrow(() -> new Refused("conferences.upload.wrongType"));
		if ("logo".equals(kind) && !type.image()) {
			throw new Refused("conferences.upload.logoImage");
		}
		byte[] thumbnail = type.image() ? thumbnail(data) : null;
		firstPages.clear();
		String storedKind = "logo".equals(kind) ? "logo" : type.image() ? "photo" : "photo".equals(kind) ? "report" : kind;
		long id = jdbc.sql("""
				insert into conferences_file (edition_id, day_id, session_id, kind, title, filename, content_type, size_bytes, data, thumbnail)
				values (:edition, :day, :session, :kind, :title, :filename, :type, :size, :data, :thumbnail) returning id
				""")
			.param("edition", editionId)
			.param("day", dayId)
			.param("session", sessionId)
			.param("kind", storedKind)
			.param("title", title == null || title.isBlank() ? safeName(filename, type) : title.trim())
			.param("filename", safeName(filename, type))
			.param("type", type.contentType())
			.param("size", data.length)
			.param("data", data)
			.param("thumbnail", thumbnail)
			.query(Long.class)
			.single();
		if (!"logo".equals(storedKind)) {
			events.publishEvent(published(id));
		}
		return id;
	}

	/**
	 * What the library needs to list a stored file: what it is of, and the album its photos form;
	 * its year is that of its day (an edition's own file: the edition's year).
	 */
	private PublicationPublished published(long id) {
		return jdbc.sql("""
				select f.kind, f.title, coalesce(extract(year from d.date)::int, e.year),
				       coalesce(d.title, 'Alliantiedag ' || e.year || ' in ' || d.town, 'Alliantiedagen ' || e.year),
				       case when f.edition_id is null then 'occasion:' || f.day_id else 'edition:' || f.edition_id end,
				       coalesce(d.title, 'Alliantiedagen ' || e.year), coalesce(d.path, '/alliantiedagen/' || e.year)
				from conferences_file f
				left join conferences_day d on d.id = f.day_id
				left join conferences_edition e on e.id = coalesce(f.edition_id, d.edition_id)
				where f.id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new PublicationPublished(id,
					PublicationPublished.Kind.valueOf(rs.getString(1).toUpperCase(java.util.Locale.ROOT)), rs.getString(2),
					rs.getInt(3), rs.getString(4), "/alliantiedagen/bestanden/" + id, rs.getString(5), rs.getString(6),
					rs.getString(7)))
			.single();
	}

	/** The files of a day (with those of its workshops), photos last; at most {@code limit}. */
	public List<PublicFile> ofDay(long dayId, int offset, int limit) {
		return jdbc.sql("""
				select f.id, f.day_id, f.session_id, f.kind, f.title, f.filename, f.content_type, f.size_bytes,
				       f.thumbnail is not null, w.title
				from conferences_file f
				left join conferences_session s on s.id = f.session_id
				left join conferences_workshop w on w.id = s.workshop_id
				where f.day_id = :day
				order by f.kind = 'photo', f.id offset :offset limit :limit
				""")
			.param("day", dayId)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new PublicFile(rs.getLong(1), (Long) rs.getObject(2), (Long) rs.getObject(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getBoolean(9),
					rs.getString(10)))
			.list();
	}

	public Optional<StoredFile> file(long id) {
		return jdbc.sql("select filename, content_type, data from conferences_file where id = :id")
			.param("id", id)
			.query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	public Optional<byte[]> thumbnail(long id) {
		return jdbc.sql("select thumbnail from conferences_file where id = :id and thumbnail is not null")
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	/** A PNG at most {@link #THUMBNAIL_WIDTH} wide; refuses images ImageIO cannot read. */
	static byte[] thumbnail(byte[] image) {
		try {
			BufferedImage source = ImageIO.read(new ByteArrayInputStream(image));
			if (source == null || source.getWidth() < 1 || source.getHeight() < 1
					|| (long) source.getWidth() * source.getHeight() > 60_000_000L) {
				throw new Refused("conferences.upload.broken");
			}
			int width = Math.min(THUMBNAIL_WIDTH, source.getWidth());
			int height = Math.max(1, (int) Math.round(source.getHeight() * (width / (double) source.getWidth())));
			BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = small.createGraphics();
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, width, height);
			graphics.drawImage(source, 0, 0, width, height, null);
			graphics.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(small, "png", out);
			return out.toByteArray();
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof Refused refused) {
				throw refused;
			}
			throw new Refused("conferences.upload.broken");
		}
	}

	/** A file name safe for Content-Disposition, ending in the extension of the detected type. */
	static String safeName(@Nullable String filename, FileType type) {
		String base = filename == null ? "" : filename.replaceAll(".*[/\\\\]", "");
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = base.replaceAll("[^A-Za-z0-9._ -]", "_").trim();
		if (base.isEmpty()) {
			base = "bestand";
		}
		if (base.length() > 80) {
			base = base.substring(0, 80);
		}
		return base + "." + type.extension();
	}
}
