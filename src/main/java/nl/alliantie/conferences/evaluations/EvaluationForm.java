package nl.alliantie.conferences.evaluations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The evaluation form: marks 1 to 5 (only the overall mark is required) and three open questions. */
public record EvaluationForm(
		@Min(value = 1, message = "{conferences.evaluation.mark.range}") @Max(value = 5, message = "{conferences.evaluation.mark.range}") @Nullable Integer inleiding,
		@Min(value = 1, message = "{conferences.evaluation.mark.range}") @Max(value = 5, message = "{conferences.evaluation.mark.range}") @Nullable Integer bijdragen,
		@Min(value = 1, message = "{conferences.evaluation.mark.range}") @Max(value = 5, message = "{conferences.evaluation.mark.range}") @Nullable Integer intermezzo,
		@Min(value = 1, message = "{conferences.evaluation.mark.range}") @Max(value = 5, message = "{conferences.evaluation.mark.range}") @Nullable Integer werkgroep,
		@NotNull(message = "{conferences.evaluation.overall.required}") @Min(value = 1, message = "{conferences.evaluation.mark.range}")
		@Max(value = 5, message = "{conferences.evaluation.mark.range}") @Nullable Integer totaal,
		@Size(max = 2000, message = "{conferences.evaluation.text.size}") String goed,
		@Size(max = 2000, message = "{conferences.evaluation.text.size}") String beter,
		@Size(max = 2000, message = "{conferences.evaluation.text.size}") String volgende) {

	public static EvaluationForm empty() {
		return new EvaluationForm(null, null, null, null, null, "", "", "");
	}

	/** The mark fields in the order of the program, with their message key suffix. */
	public static final java.util.List<String> MARKS = java.util.List.of("inleiding", "bijdragen", "intermezzo", "werkgroep", "totaal");

	public @Nullable Integer mark(String field) {
		return switch (field) {
			case "inleiding" -> inleiding;
			case "bijdragen" -> bijdragen;
			case "intermezzo" -> intermezzo;
			case "werkgroep" -> werkgroep;
			default -> totaal;
		};
	}
}
