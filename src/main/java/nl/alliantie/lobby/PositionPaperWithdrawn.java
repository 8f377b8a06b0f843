package nl.alliantie.lobby;

/** A consultation with the state secretary was saved as not public: its position paper is no longer public. */
public record PositionPaperWithdrawn(long meeting) {
}
