package nl.regiekit.genogram;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * A tie in a sociogram (contact): someone in the network around the centre, on one of three
 * concentric circles by closeness. Personal data: {@link #toString()} masks the name.
 * Immutable and thread-safe.
 *
 * @param name how the picture names the person or group; never null or blank
 * @param person the person, where the genogram or family holds them; never null
 * @param kind who the tie is with; never null
 * @param circle the circle, 1 (closest) to 3 (farthest)
 * @param quality how the tie is experienced; never null
 * @param support the support the tie gives, each type once; never null
 */
public record SocialTie(@NotBlank @Size(max = 200) String name, Optional<PersonId> person, @NotNull TieKind kind,
                        @Min(1) @Max(3) int circle, @NotNull TieQuality quality,
                        List<@NotNull SupportType> support) {

    /** The number of circles in a sociogram. */
    public static final int CIRCLES = 3;

    /**
     * @throws NullPointerException if {@code name}, {@code kind} or {@code quality} is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} if the name is blank, the circle is
     *     outside 1 to 3, or a support type occurs twice
     */
    public SocialTie {
        Objects.requireNonNull(name, "name");
        person = person == null ? Optional.empty() : person;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quality, "quality");
        support = support == null ? List.of() : List.copyOf(support);
        if (name.isBlank()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/name");
        }
        if (circle < 1 || circle > CIRCLES) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/circle");
        }
        if (!Require.distinct(support)) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/support");
        }
    }

    /** A tie with no linked person. */
    public static SocialTie of(String name, TieKind kind, int circle, TieQuality quality, SupportType... support) {
        return new SocialTie(name, Optional.empty(), kind, circle, quality, List.of(support));
    }

    /** Whether this is informal support: an informal tie, not negative, that gives some support. */
    public boolean informalSupport() {
        return kind.informal() && quality != TieQuality.NEGATIVE && !support.isEmpty();
    }

    /** Masked: names never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "SocialTie[kind=" + kind + ", circle=" + circle + "]";
    }
}
