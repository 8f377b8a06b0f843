package nl.alliantie.conferences.evaluations;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

	@Test
	void anAccessibleSvgWithoutStylesOrScripts() {
		String svg = BarChart.svg("c1", "Gemiddeld <cijfer>", List.of(new BarChart.Bar("Werkgroep \"<script>\"", 4.2, "4,2"),
				new BarChart.Bar("Inleiding", 0, "–")), 5);
		assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"c1\"")
			.contains("<title id=\"c1\">Gemiddeld &lt;cijfer&gt;</title>")
			.doesNotContain("<script").doesNotContain("style")
			.contains("width=\"302\"");
	}

	@Test
	void csvCellsCannotBecomeFormulas() {
		assertThat(nl.alliantie.shared.csv.Csv.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(nl.alliantie.shared.csv.Csv.cell("Goed \"zo\"")).isEqualTo("\"Goed \"\"zo\"\"\"");
		assertThat(nl.alliantie.shared.csv.Csv.cell(null)).isEmpty();
	}
}
