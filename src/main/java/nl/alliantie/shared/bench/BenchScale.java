package nl.alliantie.shared.bench;

/**
 * Sizes of the generated data for the bench. {@code NATIONAL} is a large real alliance (500
 * organisations); {@code NATIONAL10} is ten times that (5,000 organisations, 20,000 people).
 */
public enum BenchScale {

	NATIONAL(1), NATIONAL10(10);

	private final int factor;

	BenchScale(int factor) {
		this.factor = factor;
	}

	/** {@code base} at the national scale, times ten at {@code national10}. */
	public int times(int base) {
		return base * factor;
	}
}
