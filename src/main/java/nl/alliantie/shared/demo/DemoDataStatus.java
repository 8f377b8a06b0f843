package nl.alliantie.shared.demo;

/** Whether this installation runs on demo data, so that pages can say so. */
public interface DemoDataStatus {

	boolean loaded();
}
