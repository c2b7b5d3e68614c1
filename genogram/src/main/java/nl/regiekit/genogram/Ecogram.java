package nl.regiekit.genogram;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

/**
 * An ecogram or ecomap (ecogram): the family in the centre and the systems around it with the
 * strength and quality of each tie and the direction of energy (method §9). Immutable and
 * thread-safe.
 *
 * @param centre how the picture names the family; never null or blank
 * @param systems the systems around the family; never null
 */
public record Ecogram(@NotBlank @Size(max = 200) String centre, List<@NotNull @Valid EcoSystem> systems) {

    /**
     * @throws NullPointerException if {@code centre} is null or a system is
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if the centre is blank
     */
    public Ecogram {
        Objects.requireNonNull(centre, "centre");
        systems = systems == null ? List.of() : List.copyOf(systems);
        if (centre.isBlank()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/centre");
        }
    }

    /** Masked: a family's name never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Ecogram[systems=" + systems.size() + "]";
    }
}
