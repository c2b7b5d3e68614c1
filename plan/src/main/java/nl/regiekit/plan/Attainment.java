package nl.regiekit.plan;

/**
 * The scale on which an evaluation scores how far a goal was reached (mate van doelbereik, method
 * §4): four steps from not reached to reached, with the score 0 to 3 that reports add up.
 */
public enum Attainment {
    /** 0: not reached; nothing changed or the situation worsened. */
    NOT_REACHED(0),
    /** 1: partly reached; a first step is visible. */
    PARTLY_REACHED(1),
    /** 2: largely reached; the indicator is nearly met. */
    LARGELY_REACHED(2),
    /** 3: reached; the indicator is met. */
    REACHED(3);

    private final int score;

    Attainment(int score) {
        this.score = score;
    }

    /** The score, 0 to 3. */
    public int score() {
        return score;
    }
}
