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
 * Legal authority over a child (gezag, method §11): who holds it, from which day and, if it ended or
 * was taken over, until which day. It is held by one or two members (parents, or a guardian such as a
 * grandparent), or by an institution alone (a certified institution as guardian, gecertificeerde
 * instelling, after a child protection measure). A holder is the child's legal representative: for
 * a child under the age of joint consent only they consent for the child, and up to the age of
 * consent alone they consent together with the child ({@link ConsentPolicy}). An institution gives
 * no consent as a member does: what it exchanges rests on the child protection measure, recorded as
 * a {@link LawfulBasis#CHILD_PROTECTION_MEASURE}, and while it holds authority the parents' consents
 * do not stand for the child. Immutable and thread-safe.
 *
 * <p>Invariants: one or two member holders, each once, none of them the child, and no institution;
 * or an institution and no member holder; {@code until} is not before {@code since}. That the
 * institution is involved in the case is checked by the case.
 *
 * @param child the child; never null
 * @param holders the members who hold authority over the child, one or two, or none when an
 *     institution does; never null
 * @param since the first day of the authority; never null
 * @param until the last day of the authority, if it ended; never null
 * @param institution the involved organisation that holds authority as guardian, when no member
 *     does; never null
 */
public record Authority(@NotNull PersonId child, @Size(max = 2) List<@NotNull PersonId> holders,
                        @NotNull LocalDate since, Optional<LocalDate> until, Optional<OrganisationId> institution) {

    /**
     * @throws NullPointerException if a required argument or a holder is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if there are more than two holders,
     *     none and no institution, both holders and an institution, or the child holds authority over
     *     themselves; with {@link ModelCodes#DUPLICATE_ID} if a holder is listed twice; with
     *     {@link ModelCodes#DATE_ORDER} if {@code until} is before {@code since}
     */
    public Authority {
        Objects.requireNonNull(child, "child");
        holders = Require.list(holders);
        Objects.requireNonNull(since, "since");
        until = Require.optional(until);
        institution = Require.optional(institution);
        if (holders.isEmpty() == institution.isEmpty() || holders.size() > 2 || holders.contains(child)) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, institution.isPresent() && !holders.isEmpty()
                ? "/institution" : "/holders");
        }
        Require.uniqueKeys(holders, holder -> holder, "holders");
        if (until.filter(end -> end.isBefore(since)).isPresent()) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/until");
        }
    }

    /**
     * Authority held by one or two members.
     *
     * @throws NullPointerException if a required argument or a holder is null
     * @throws ModelViolation as the canonical constructor does
     */
    public Authority(PersonId child, List<PersonId> holders, LocalDate since, Optional<LocalDate> until) {
        this(child, holders, since, until, Optional.empty());
    }

    /** Whether the authority holds on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(since) && until.map(end -> !date.isAfter(end)).orElse(true);
    }
}
