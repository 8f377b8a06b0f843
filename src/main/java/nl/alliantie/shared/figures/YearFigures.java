package nl.alliantie.shared.figures;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;


/**
 * The figures of a year, read live from every module that contributes a {@link YearFigureSource}:
 * one query per module (the work program, the year report and the home page read them).
 */
@Component
public class YearFigures {

	private final List<YearFigureSource> sources;

	YearFigures(List<YearFigureSource> sources) {
		this.sources = sources;
	}

	public Map<YearFigure.Kind, YearFigure> of(int year, LocalDate today) {
		Map<YearFigure.Kind, YearFigure> figures = new EnumMap<>(YearFigure.Kind.class);
		for (YearFigureSource source : sources) {
			for (YearFigure figure : source.of(year, today)) {
				figures.put(figure.kind(), figure);
			}
		}
		return figures;
	}
}
