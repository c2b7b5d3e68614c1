package nl.regiekit.balance.selfreliance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.casemodel.LifeDomainCode;

/**
 * The self-reliance of one domain of an instrument (zelfredzaamheidsscore), as a level of its
 * scale: 1 to 5 on the self-reliance matrix. Immutable and thread-safe.
 *
 * @param domain the instrument's domain; never null
 * @param level the level's value, 0 to 99; whether the instrument's scale has it is a rule
 */
public record SelfRelianceScore(@NotNull LifeDomainCode domain, @Min(0) @Max(99) int level) {

    /**
     * @throws NullPointerException if {@code domain} is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if the level is out of range
     */
    public SelfRelianceScore {
        Objects.requireNonNull(domain, "domain");
        Require.range(level, 0, 99, "level");
    }

    /** Shorthand: the score of this domain code. */
    public static SelfRelianceScore of(String domain, int level) {
        return new SelfRelianceScore(LifeDomainCode.of(domain), level);
    }
}
