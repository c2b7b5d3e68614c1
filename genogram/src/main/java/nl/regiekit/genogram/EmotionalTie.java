package nl.regiekit.genogram;

import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

/**
 * An emotional relationship between two people in a genogram (emotionele relatie). Directed
 * relationships (abuse and neglect always, others where recorded) go from {@code from} to
 * {@code to} and are drawn with an arrow. Immutable and thread-safe.
 *
 * @param from the person the relationship goes from; never null
 * @param to the other person; never null and not {@code from}
 * @param kind the kind; never null
 * @param directed whether the relationship has a direction; true for abuse and neglect
 */
public record EmotionalTie(@NotNull PersonId from, @NotNull PersonId to, @NotNull EmotionalKind kind,
                           boolean directed) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if both ends are the same person
     */
    public EmotionalTie {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (from.equals(to)) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/to");
        }
        directed = directed || kind.harm();
    }

    /** A tie without direction, except for abuse and neglect, which always have one. */
    public static EmotionalTie of(PersonId from, PersonId to, EmotionalKind kind) {
        return new EmotionalTie(from, to, kind, kind.harm());
    }

    /** Whether {@code person} is one of the ends. */
    public boolean involves(PersonId person) {
        return from.equals(person) || to.equals(person);
    }

    /** The other end from {@code person}. */
    public PersonId otherThan(PersonId person) {
        return from.equals(person) ? to : from;
    }
}
