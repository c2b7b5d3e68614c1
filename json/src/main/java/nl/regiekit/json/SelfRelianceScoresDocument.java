package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

import nl.regiekit.balance.selfreliance.SelfRelianceHistory;

/**
 * Self-reliance scores as a document of their own ({@code regiekit/self-reliance-scores}): one
 * history per instrument, the same a case file holds under {@code selfReliance}, at the same
 * pointers. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/self-reliance-scores}
 * @param schemaVersion the schema version
 * @param selfReliance the histories, at least one; never null
 */
public record SelfRelianceScoresDocument(@NotNull String kind, @NotNull String schemaVersion,
                                         @Size(min = 1) List<@Valid SelfRelianceHistory> selfReliance)
    implements Document {

    /** @throws NullPointerException if an argument is null */
    public SelfRelianceScoresDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        selfReliance = selfReliance == null ? List.of() : List.copyOf(selfReliance);
    }

    /** A document of the current schema version holding {@code histories}. */
    public static SelfRelianceScoresDocument of(List<SelfRelianceHistory> histories) {
        return new SelfRelianceScoresDocument(DocumentKind.SELF_RELIANCE_SCORES.id(), DocumentKind.SCHEMA_VERSION,
            histories);
    }
}
