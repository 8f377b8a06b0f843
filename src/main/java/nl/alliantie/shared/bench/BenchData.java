package nl.alliantie.shared.bench;

/**
 * A module's share of the bench data set. Generated at start-up when {@code alliantie.bench.scale}
 * is set, once per database, in {@link #order()}.
 */
public interface BenchData {

	String name();

	int order();

	void generate(BenchScale scale);
}
