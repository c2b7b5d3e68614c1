package nl.regiekit.genogram;

import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

/**
 * Two people born as twins (tweeling); drawn with their descent lines meeting in one point,
 * joined by a bar when identical. Immutable and thread-safe.
 *
 * @param first one twin; never null
 * @param second the other twin; never null and not {@code first}
 * @param identical whether they are identical (eeneiig)
 */
public record Twins(@NotNull PersonId first, @NotNull PersonId second, boolean identical) {

    /**
     * @throws NullPointerException if a twin is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if both are the same person
     */
    public Twins {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/second");
        }
    }
}
