package nl.regiekit.balance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * An organisation's policy for the balance model (beleid): the verdict thresholds on the balance
 * index, and the scores at which an intervention route is suggested. Method §8 gives the model but
 * no numbers; the defaults below are Regiekit's and are documented in {@code docs/policy.md}.
 * Immutable and thread-safe.
 *
 * @param inBalanceFrom an index at or above this is {@link Verdict#IN_BALANCE}; default {@code 0}: capacity
 *     at least equals burden
 * @param strainedFrom an index at or above this, and below {@code inBalanceFrom}, is {@link Verdict#STRAINED};
 *     below it is {@link Verdict#OVERLOADED}; default {@code -1/3}: burden more than twice capacity is overload
 * @param heavyScore a task or risk factor scored at least this is heavy and drives routes 2 and 3; default 3
 * @param weakScore a skill scored at most this is weak and drives route 1; default 1
 * @param pathologyScore a pathology scored at least this drives route 5; default 1
 * @param top how many heaviest burdens and strongest protections a result names; default 3
 */
public record BalancePolicy(@Min(-1) @Max(1) double inBalanceFrom, @Min(-1) @Max(1) double strainedFrom,
                            @Min(MIN_SCORE) @Max(MAX_SCORE) int heavyScore, @Min(MIN_SCORE) @Max(MAX_SCORE) int weakScore,
                            @Min(MIN_SCORE) @Max(MAX_SCORE) int pathologyScore, @Min(1) int top) {

    /** The lowest factor score: the factor is not present. */
    public static final int MIN_SCORE = 0;
    /** The highest factor score: the factor is very strongly present. */
    public static final int MAX_SCORE = 4;
    /** The lowest factor weight: ordinary. */
    public static final int MIN_WEIGHT = 1;
    /** The highest factor weight: very heavy. */
    public static final int MAX_WEIGHT = 3;

    /** Regiekit's defaults. */
    public static final BalancePolicy DEFAULTS = new BalancePolicy(0.0, -1.0 / 3.0, 3, 1, 1, 3);

    /**
     * @throws IllegalArgumentException if the thresholds are not {@code -1 <= strainedFrom <= inBalanceFrom <= 1},
     *     a score is off the scale or {@code top} is below 1
     */
    public BalancePolicy {
        if (!(-1 <= strainedFrom && strainedFrom <= inBalanceFrom && inBalanceFrom <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy -1 <= strainedFrom <= inBalanceFrom <= 1");
        }
        for (int score : new int[] {heavyScore, weakScore, pathologyScore}) {
            if (score < MIN_SCORE || score > MAX_SCORE) {
                throw new IllegalArgumentException("scores must lie on the scale 0 to 4");
            }
        }
        if (top < 1) {
            throw new IllegalArgumentException("top must be 1 or more");
        }
    }

    /** The verdict band of a balance index. */
    public Verdict verdict(double index) {
        if (index >= inBalanceFrom) {
            return Verdict.IN_BALANCE;
        }
        return index >= strainedFrom ? Verdict.STRAINED : Verdict.OVERLOADED;
    }

    /** This policy with other verdict thresholds. */
    public BalancePolicy withThresholds(double inBalance, double strained) {
        return new BalancePolicy(inBalance, strained, heavyScore, weakScore, pathologyScore, top);
    }
}
