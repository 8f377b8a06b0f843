package nl.alliantie.shared.demo;

/**
 * A module's share of the demo network. Each contribution is loaded once per installation, in
 * {@link #order()}, and only in an installation that started with demo data.
 */
public interface DemoData {

	/** Stable name, recorded once loaded. */
	String name();

	/** Lower loads first; modules that others build on choose a low number. */
	int order();

	void load();
}
