package nl.alliantie.agendas.toolkit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.alliantie.shared.files.FileKind;

/**
 * The toolkit for starting a local social agenda: the steps of the plan in their order (Markdown)
 * and the files to download. Two queries for the whole page; the files' bytes only when one is
 * downloaded.
 */
@Service
public class Toolkit {

	/** Largest file taken: 10 MB (the multipart limit in application.properties sits a little above it). */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	public record Step(long id, int position, String title, String body) {
	}

	public record FileEntry(long id, String title, String fileName, FileKind kind, int size) {

		public String href() {
			return "/toolkit/bestanden/" + id;
		}

		/** The size in kB, at least 1. */
		public int kilobytes() {
			return Math.max(1, (size + 512) / 1024);
		}
	}

	public record Download(String fileName, FileKind kind, byte[] data) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Toolkit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public List<Step> steps() {
		return jdbc.sql("select id, position, title, body from agendas_toolkit_step order by position, id limit 200")
			.query(Step.class)
			.list();
	}

	public List<FileEntry> files() {
		return jdbc.sql("select id, title, file_name, kind, size from agendas_toolkit_file order by title, id limit 200")
			.query((rs, n) -> new FileEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
					FileKind.valueOf(rs.getString(4)), rs.getInt(5)))
			.list();
	}

	public long addStep(int position, String title, String body) {
		return jdbc.sql("""
				insert into agendas_toolkit_step (position, title, body, updated_at) values (:position, :title, :body, :now)
				returning id
				""")
			.param("position", position)
			.param("title", title.strip())
			.param("body", body == null ? "" : body.strip())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	public boolean changeStep(long id, int position, String title, String body) {
		return jdbc.sql("update agendas_toolkit_step set position = :position, title = :title, body = :body, updated_at = :now where id = :id")
			.param("position", position)
			.param("title", title.strip())
			.param("body", body == null ? "" : body.strip())
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update() == 1;
	}

	public boolean removeStep(long id) {
		return jdbc.sql("delete from agendas_toolkit_step where id = :id").param("id", id).update() == 1;
	}

	public long addFile(String title, @Nullable String fileName, FileKind kind, byte[] data) {
		return jdbc.sql("""
				insert into agendas_toolkit_file (title, file_name, kind, size, data, created_at)
				values (:title, :name, :kind, :size, :data, :now) returning id
				""")
			.param("title", title.strip())
			.param("name", FileKind.safeName(fileName, kind, "toolkit"))
			.param("kind", kind.name())
			.param("size", data.length)
			.param("data", data)
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	public boolean removeFile(long id) {
		return jdbc.sql("delete from agendas_toolkit_file where id = :id").param("id", id).update() == 1;
	}

	public Optional<Download> download(long id) {
		return jdbc.sql("select file_name, kind, data from agendas_toolkit_file where id = :id")
			.param("id", id)
			.query((rs, n) -> new Download(rs.getString(1), FileKind.valueOf(rs.getString(2)), rs.getBytes(3)))
			.optional();
	}
}
