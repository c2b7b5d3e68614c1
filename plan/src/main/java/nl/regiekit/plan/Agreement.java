package nl.regiekit.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * An agreement (afspraak, method §7 and §10): who does what and when, where it was made (the plan,
 * a family council, a care conference), and whether it was kept. Agreements are monitored and
 * escalated (opschalen) when they are not kept. Who, what and when may be missing while drafted;
 * the plan rules name the missing parts. An agreement may recur, such as weekly talks with the mother
 * ({@link Recurrence}): then each occurrence is monitored by itself, and {@code due} is when the agreement
 * as a whole is to be settled. Immutable and thread-safe.
 *
 * @param id the identifier; never null
 * @param who who keeps it; never null
 * @param what what is agreed, free text; never null
 * @param due when it is due; never null
 * @param source where it was made; never null
 * @param made the date it was made; never null
 * @param status whether it was kept; never null
 * @param recurs how it recurs, with the occurrences kept, if it recurs; never null
 */
public record Agreement(@NotNull AgreementId id, Optional<@Valid Responsible> who,
                        Optional<@Size(max = 4000) String> what, Optional<LocalDate> due,
                        @NotNull AgreementSource source, @NotNull LocalDate made, @NotNull AgreementStatus status,
                        Optional<@Valid Recurrence> recurs) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation if the due date, or the first occurrence of a recurrence, is before the date
     *     it was made
     */
    public Agreement {
        Objects.requireNonNull(id, "id");
        who = Require.optional(who);
        what = Require.optional(what);
        due = Require.optional(due);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(made, "made");
        Objects.requireNonNull(status, "status");
        if (due.isPresent() && due.get().isBefore(made)) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/due");
        }
        recurs = Require.optional(recurs);
        if (recurs.filter(r -> r.first().isBefore(made)).isPresent()) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/recurs/first");
        }
    }

    /**
     * An agreement that does not recur.
     *
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation if the due date is before the date it was made
     */
    public Agreement(AgreementId id, Optional<Responsible> who, Optional<String> what, Optional<LocalDate> due,
                     AgreementSource source, LocalDate made, AgreementStatus status) {
        this(id, who, what, due, source, made, status, Optional.empty());
    }

    /** The parts that are missing (a blank text counts as missing), in the order who, what, when. */
    public List<AgreementPart> missing() {
        if (who.isPresent() && due.isPresent() && !what.map(String::isBlank).orElse(true)) {
            return List.of();
        }
        List<AgreementPart> missing = new ArrayList<>();
        if (who.isEmpty()) {
            missing.add(AgreementPart.WHO);
        }
        if (what.map(String::isBlank).orElse(true)) {
            missing.add(AgreementPart.WHAT);
        }
        if (due.isEmpty()) {
            missing.add(AgreementPart.WHEN);
        }
        return List.copyOf(missing);
    }

    /** Whether it is past its due date on {@code date} and not kept. */
    public boolean overdueOn(LocalDate date) {
        return status != AgreementStatus.KEPT && due.map(date::isAfter).orElse(false);
    }

    /** This agreement with another status. */
    public Agreement withStatus(AgreementStatus changed) {
        return new Agreement(id, who, what, due, source, made, changed, recurs);
    }

    /**
     * This agreement with the occurrence due on {@code date} kept.
     *
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalStateException if the agreement does not recur
     * @throws ModelViolation if no occurrence falls on {@code date}
     */
    public Agreement withOccurrenceKept(LocalDate date) {
        Recurrence recurrence = recurs.orElseThrow(() -> new IllegalStateException("agreement " + id + " does not recur"));
        return new Agreement(id, who, what, due, source, made, status, Optional.of(recurrence.withKept(date)));
    }

    /** The identifier only: what was agreed may be personal. */
    @Override
    public String toString() {
        return "Agreement[id=" + id + ", status=" + status + "]";
    }
}
