package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * A safety restriction on a member (veiligheidsafspraak, method §10, §11): from {@code since} and,
 * if it ended, until {@code until}, the member is not invited to meetings, not informed of them, or
 * both, such as a threatening ex-partner. The reason is a code, never free text, so that no finding or
 * log line carries the circumstances. Immutable and thread-safe.
 *
 * <p>Invariants: one or two measures, each once; {@code until} is not before {@code since}.
 *
 * @param member the member restricted; never null
 * @param measures what is forbidden: not invited, not informed, or both; never null or empty
 * @param reason why, as a code; never null
 * @param since the first day of the restriction; never null
 * @param until the last day of the restriction, if it ended; never null
 */
public record SafetyRestriction(@NotNull PersonId member, @Size(min = 1, max = 2) List<@NotNull SafetyMeasure> measures,
                                @NotNull SafetyReason reason, @NotNull LocalDate since, Optional<LocalDate> until) {

    /**
     * @throws NullPointerException if a required argument or a measure is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} at {@code /measures} if there is no
     *     measure; with {@link ModelCodes#DUPLICATE_ID} if a measure is listed twice; with
     *     {@link ModelCodes#DATE_ORDER} at {@code /until} if {@code until} is before {@code since}
     */
    public SafetyRestriction {
        Objects.requireNonNull(member, "member");
        measures = Require.list(measures);
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(since, "since");
        until = Require.optional(until);
        if (measures.isEmpty()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/measures");
        }
        Require.uniqueKeys(measures, measure -> measure, "measures");
        if (until.filter(end -> end.isBefore(since)).isPresent()) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/until");
        }
    }

    /** Whether this restriction forbids {@code measure} on {@code date}. */
    public boolean forbids(SafetyMeasure measure, LocalDate date) {
        return measures.contains(measure) && !date.isBefore(since) && until.map(end -> !date.isAfter(end)).orElse(true);
    }
}
