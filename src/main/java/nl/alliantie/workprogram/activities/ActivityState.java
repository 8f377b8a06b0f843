package nl.alliantie.workprogram.activities;

/** How far an activity is: gepland, bezig, gedaan, vervallen. */
public enum ActivityState {
	PLANNED, ONGOING, DONE, DROPPED
}
