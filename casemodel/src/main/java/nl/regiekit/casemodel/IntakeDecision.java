package nl.regiekit.casemodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * The team's decision on a referral (besluit over de aanmelding, method §3): accepted, held on
 * the waiting list with a priority, or declined with feedback to the referrer. Immutable and
 * thread-safe.
 */
public sealed interface IntakeDecision {

    /** The date of the decision; never null. */
    LocalDate date();

    /**
     * Accepted (aangenomen).
     *
     * @param date the date of the decision; never null
     */
    record Accepted(@NotNull LocalDate date) implements IntakeDecision {
        /** @throws NullPointerException if {@code date} is null */
        public Accepted {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * Held in portfolio or on the waiting list (wachtlijst, portefeuille), with a priority:
     * 1 is taken first when an opening appears; the most care-avoiding families go first.
     *
     * @param date the date of the decision; never null
     * @param priority the priority, 1 highest
     */
    record WaitingList(@NotNull LocalDate date, @Min(1) int priority) implements IntakeDecision {
        /**
         * @throws NullPointerException if {@code date} is null
         * @throws IllegalArgumentException if {@code priority} is below 1
         */
        public WaitingList {
            Objects.requireNonNull(date, "date");
            if (priority < 1) {
                throw new IllegalArgumentException("priority must be 1 or more");
            }
        }
    }

    /**
     * Declined (afgewezen), with feedback to the referrer explaining why, suggested
     * alternatives and, where possible, a warm handover.
     *
     * @param date the date of the decision; never null
     * @param feedback the feedback to the referrer, free text; never null or blank
     * @param alternatives suggested alternatives, free text; never null
     * @param handover the warm handover, if any; never null
     */
    record Declined(@NotNull LocalDate date, @NotBlank @Size(max = 4000) String feedback,
                    List<@NotBlank @Size(max = 1000) String> alternatives, Optional<@Valid WarmHandover> handover)
        implements IntakeDecision {
        /**
         * @throws NullPointerException if {@code date} or {@code feedback} is null
         * @throws IllegalArgumentException if {@code feedback} is blank
         */
        public Declined {
            Objects.requireNonNull(date, "date");
            Require.nonBlank(feedback, "feedback");
            alternatives = Require.list(alternatives);
            handover = Require.optional(handover);
        }

        /** Without the free text: it never reaches a log line through {@code toString}. */
        @Override
        public String toString() {
            return "Declined[date=" + date + "]";
        }
    }
}
