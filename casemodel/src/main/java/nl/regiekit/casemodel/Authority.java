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
 * Legal authority over a child (gezag, method §11): the one or two members who hold it, from which
 * day and, if it ended or was taken over, until which day. A parent with authority is the child's
 * legal representative: for a child under the age of joint consent only they consent for the
 * child, and up to the age of consent alone they consent together with the child
 * ({@link ConsentPolicy}). Authority held by an institution (a certified institution as guardian)
 * is not recorded here: the exchanges it needs rest on the child protection measure. Immutable and
 * thread-safe.
 *
 * <p>Invariants: one or two holders, each once, none of them the child; {@code until} is not
 * before {@code since}.
 *
 * @param child the child; never null
 * @param holders the members who hold authority over the child, one or two; never null
 * @param since the first day of the authority; never null
 * @param until the last day of the authority, if it ended; never null
 */
public record Authority(@NotNull PersonId child, @Size(min = 1, max = 2) List<@NotNull PersonId> holders,
                        @NotNull LocalDate since, Optional<LocalDate> until) {

    /**
     * @throws NullPointerException if a required argument or a holder is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if there are no or more than two
     *     holders or the child holds authority over themselves; with {@link ModelCodes#DUPLICATE_ID}
     *     if a holder is listed twice; with {@link ModelCodes#DATE_ORDER} if {@code until} is before
     *     {@code since}
     */
    public Authority {
        Objects.requireNonNull(child, "child");
        holders = Require.list(holders);
        Objects.requireNonNull(since, "since");
        until = Require.optional(until);
        if (holders.isEmpty() || holders.size() > 2 || holders.contains(child)) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/holders");
        }
        Require.uniqueKeys(holders, holder -> holder, "holders");
        if (until.filter(end -> end.isBefore(since)).isPresent()) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/until");
        }
    }

    /** Whether the authority holds on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(since) && until.map(end -> !date.isAfter(end)).orElse(true);
    }
}
