package nl.alliantie.network.organisations;

/** An organisation has at most two representatives; a third is refused. */
public class TooManyRepresentatives extends RuntimeException {

	public TooManyRepresentatives() {
		super("An organisation has at most " + Organisation.MAX_REPRESENTATIVES + " representatives");
	}
}
