package nl.alliantie.conferences.editions;

/** A workshop on one day: its own capacity, the minimum below which it should merge, and its counts. */
public record Session(long id, long dayId, long workshopId, int workshopNumber, String title, String facilitator,
		int capacity, int minimum, int taken, int waiting) {

	public int free() {
		return Math.max(0, capacity - taken);
	}

	public boolean full() {
		return taken >= capacity;
	}

	/** Too few people: the secretariat should merge it with another workshop. */
	public boolean belowMinimum() {
		return taken < minimum;
	}
}
