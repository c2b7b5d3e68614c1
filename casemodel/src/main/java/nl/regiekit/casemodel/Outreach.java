package nl.regiekit.casemodel;

import jakarta.validation.Valid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * Outreach before there is a plan (outreachend werken, method §1, §4 phases 1 and 2): the attempts
 * to reach the family, the practical help given on the spot, and the problem inventory per life
 * domain whose completion ends the contact phase. Immutable and thread-safe.
 *
 * <p>Invariant: the attempts and the practical help are each in date order.
 *
 * @param attempts the contact attempts, oldest first; never null
 * @param practicalHelp the practical help on the spot, oldest first; never null
 * @param inventory the problem inventory, once begun; never null
 */
public record Outreach(List<@Valid ContactAttempt> attempts, List<@Valid PracticalHelp> practicalHelp,
                       Optional<@Valid ProblemInventory> inventory) {

    /** Nothing recorded yet. */
    public static final Outreach NONE = new Outreach(List.of(), List.of(), Optional.empty());

    /**
     * @throws NullPointerException if a list element is null
     * @throws ModelViolation with {@link ModelCodes#DATE_ORDER} if the attempts or the help are out of date order
     */
    public Outreach {
        attempts = Require.list(attempts);
        practicalHelp = Require.list(practicalHelp);
        inventory = Require.optional(inventory);
        inOrder(attempts.stream().map(ContactAttempt::date).toList(), "attempts");
        inOrder(practicalHelp.stream().map(PracticalHelp::date).toList(), "practicalHelp");
    }

    private static void inOrder(List<LocalDate> dates, String field) {
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).isBefore(dates.get(i - 1))) {
                throw new ModelViolation(ModelCodes.DATE_ORDER, "/" + field + "/" + i + "/date");
            }
        }
    }

    /** The first attempt on or before {@code date} that made contact, if any. */
    public Optional<ContactAttempt> firstContactOn(LocalDate date) {
        return attempts.stream().filter(a -> a.outcome().isContact() && !a.date().isAfter(date)).findFirst();
    }

    /** The last attempt on or before {@code date}, if any. */
    public Optional<ContactAttempt> lastAttemptOn(LocalDate date) {
        ContactAttempt last = null;
        for (ContactAttempt attempt : attempts) {
            if (!attempt.date().isAfter(date)) {
                last = attempt;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The first follow-up appointment made, if any: the goal of the first meeting (method §4 phase 1). */
    public Optional<LocalDate> followUpAppointment() {
        return attempts.stream().flatMap(a -> a.followUpAppointment().stream()).findFirst();
    }

    /** This outreach with one more attempt. */
    public Outreach withAttempt(ContactAttempt attempt) {
        return new Outreach(Require.append(attempts, attempt), practicalHelp, inventory);
    }

    /** This outreach with one more piece of practical help. */
    public Outreach withPracticalHelp(PracticalHelp help) {
        return new Outreach(attempts, Require.append(practicalHelp, help), inventory);
    }

    /** This outreach with its problem inventory set. */
    public Outreach withInventory(ProblemInventory changed) {
        return new Outreach(attempts, practicalHelp, Optional.of(changed));
    }
}
