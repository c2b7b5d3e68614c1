package nl.regiekit.genogram;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

/**
 * A system around the family in an ecogram with the tie between them. Immutable and
 * thread-safe.
 *
 * @param name how the picture names the system, such as a school; never null or blank
 * @param kind the kind of system; never null
 * @param strength the strength and quality of the tie; never null
 * @param energy the direction of energy; never null
 */
public record EcoSystem(@NotBlank @Size(max = 200) String name, @NotNull SystemKind kind,
                        @NotNull TieStrength strength, @NotNull EnergyFlow energy) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if the name is blank
     */
    public EcoSystem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(strength, "strength");
        Objects.requireNonNull(energy, "energy");
        if (name.isBlank()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/name");
        }
    }

    /** Shows the kind only: a name can identify a family. */
    @Override
    public String toString() {
        return "EcoSystem[kind=" + kind + "]";
    }
}
