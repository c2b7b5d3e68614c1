package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

import nl.regiekit.casemodel.internal.Require;

/**
 * A professional on the case team (hulpverlener). Immutable and thread-safe.
 *
 * @param id the identifier; never null
 * @param name the name; never null or blank
 */
public record Professional(@NotNull ProfessionalId id, @NotBlank @Size(max = 200) String name) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Professional {
        Objects.requireNonNull(id, "id");
        Require.nonBlank(name, "name");
    }

    /** The identifier only: names never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Professional[id=" + id + "]";
    }
}
