package nl.regiekit.genogram;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

/**
 * A sociogram (sociogram): the social network around one person or the family, drawn on
 * concentric circles (method §9). Personal data: {@link #toString()} masks the names.
 * Immutable and thread-safe.
 *
 * @param centre how the picture names the centre, a person or the family; never null or blank
 * @param centrePerson the person in the centre, if it is one person; never null
 * @param ties the ties; never null
 */
public record Sociogram(@NotBlank @Size(max = 200) String centre, Optional<PersonId> centrePerson,
                        List<@NotNull @Valid SocialTie> ties) {

    /**
     * @throws NullPointerException if {@code centre} is null or a tie is
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if the centre is blank
     */
    public Sociogram {
        Objects.requireNonNull(centre, "centre");
        centrePerson = centrePerson == null ? Optional.empty() : centrePerson;
        ties = ties == null ? List.of() : List.copyOf(ties);
        if (centre.isBlank()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/centre");
        }
    }

    /** The network's measures under {@code policy}. */
    public NetworkMeasures measures(GenogramPolicy policy) {
        return NetworkMeasures.of(this, policy);
    }

    /** Masked: names never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Sociogram[ties=" + ties.size() + "]";
    }
}
