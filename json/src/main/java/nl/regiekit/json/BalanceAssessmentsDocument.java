package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

import nl.regiekit.balance.Assessment;

/**
 * A series of balance-model assessments of one family as a document of its own
 * ({@code regiekit/balance-assessments}), for a system that keeps no case file: the same
 * assessments a case file holds under {@code assessments}, at the same pointers. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/balance-assessments}
 * @param schemaVersion the schema version
 * @param assessments the assessments, at least one; never null
 */
public record BalanceAssessmentsDocument(@NotNull String kind, @NotNull String schemaVersion,
                                         @Size(min = 1) List<@Valid Assessment> assessments) implements Document {

    /** @throws NullPointerException if an argument is null */
    public BalanceAssessmentsDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }

    /** A document of the current schema version holding {@code assessments}. */
    public static BalanceAssessmentsDocument of(List<Assessment> assessments) {
        return new BalanceAssessmentsDocument(DocumentKind.BALANCE_ASSESSMENTS.id(), DocumentKind.SCHEMA_VERSION,
            assessments);
    }
}
