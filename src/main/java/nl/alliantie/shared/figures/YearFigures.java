package nl.alliantie.shared.figures;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;

/**
 * The figures of a year from every module that contributes a {@link YearFigureSource} (one query
 * per module), kept until one of the tables they are read from changes (docs/adr/0037): the home
 * page, the work program and the year report read them without a query of their own. Not kept when
 * a source names no channel, or with {@code alliantie.figures.keep=false}.
 */
@Component
public class YearFigures {

	private record Key(int year, LocalDate today) {
	}

	private final List<YearFigureSource> sources;

	private final UntilChanged<Key, Map<YearFigure.Kind, YearFigure>> kept;

	YearFigures(List<YearFigureSource> sources, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.sources = sources;
		Set<String> channels = new TreeSet<>();
		boolean everySourceTells = true;
		for (YearFigureSource source : sources) {
			channels.addAll(source.changedOn());
			everySourceTells &= !source.changedOn().isEmpty();
		}
		this.kept = new UntilChanged<>(notifications, channels, 50, keep && everySourceTells,
				key -> read(key.year(), key.today()));
	}

	public Map<YearFigure.Kind, YearFigure> of(int year, LocalDate today) {
		return kept.get(new Key(year, today));
	}

	/** How many changes of the figures' tables were heard (tests wait on it). */
	public long changes() {
		return kept.changes();
	}

	private Map<YearFigure.Kind, YearFigure> read(int year, LocalDate today) {
		Map<YearFigure.Kind, YearFigure> figures = new EnumMap<>(YearFigure.Kind.class);
		for (YearFigureSource source : sources) {
			for (YearFigure figure : source.of(year, today)) {
				figures.put(figure.kind(), figure);
			}
		}
		return Collections.unmodifiableMap(figures);
	}
}
