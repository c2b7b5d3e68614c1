package nl.regiekit.balance.selfreliance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;

/**
 * One measurement with a self-reliance instrument (meting): on a date, for the family or one
 * member, a level per domain scored. Domains need not all be scored. Immutable and thread-safe.
 *
 * <p>Invariants: each domain is scored at most once.
 *
 * @param date the day of the measurement; never null
 * @param assessor the professional who scored; never null
 * @param member the member it concerns; empty for the family as a whole; never null
 * @param scores the levels per domain; never null
 */
public record SelfRelianceMeasurement(@NotNull LocalDate date, @NotNull ProfessionalId assessor,
                                      Optional<PersonId> member, List<@Valid SelfRelianceScore> scores) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if a domain is scored twice
     */
    public SelfRelianceMeasurement {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(assessor, "assessor");
        member = member == null ? Optional.empty() : member;
        scores = Require.list(scores);
        Require.uniqueKeys(scores, SelfRelianceScore::domain, "scores", "domain");
    }

    /** The level scored on {@code domain}, if it was scored. */
    public Optional<Integer> levelOf(LifeDomainCode domain) {
        return scores.stream().filter(s -> s.domain().equals(domain)).map(SelfRelianceScore::level).findFirst();
    }
}
