package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * One attempt to reach the family (contactpoging, method §1, §4 phase 1): when, how, what came of
 * it, and, when contact was made, the follow-up appointment (vervolgafspraak) that is the one goal
 * of the first meeting. Immutable and thread-safe.
 *
 * <p>Invariants: only an attempt that made contact has a follow-up appointment, and the
 * appointment is not before the attempt.
 *
 * @param date the date of the attempt; never null
 * @param kind how the family was approached; never null
 * @param outcome what came of it; never null
 * @param followUpAppointment the date of the follow-up appointment made, if one was; never null
 */
public record ContactAttempt(@NotNull LocalDate date, @NotNull ContactKind kind, @NotNull ContactOutcome outcome,
                             Optional<LocalDate> followUpAppointment) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if an attempt without contact has a
     *     follow-up appointment, or {@link ModelCodes#DATE_ORDER} if the appointment is before the attempt
     */
    public ContactAttempt {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        followUpAppointment = Require.optional(followUpAppointment);
        if (followUpAppointment.isPresent() && !outcome.isContact()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/followUpAppointment");
        }
        if (followUpAppointment.filter(date::isAfter).isPresent()) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/followUpAppointment");
        }
    }

    /** An attempt that did not reach the family, or reached it without an appointment. */
    public static ContactAttempt of(LocalDate date, ContactKind kind, ContactOutcome outcome) {
        return new ContactAttempt(date, kind, outcome, Optional.empty());
    }

    /** An attempt that made contact and a follow-up appointment on {@code appointment}. */
    public static ContactAttempt contactWithAppointment(LocalDate date, ContactKind kind, LocalDate appointment) {
        return new ContactAttempt(date, kind, ContactOutcome.CONTACT_MADE,
            Optional.of(Objects.requireNonNull(appointment, "appointment")));
    }
}
