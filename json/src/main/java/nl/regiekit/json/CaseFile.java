package nl.regiekit.json;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.casemodel.Case;

/**
 * A case file document ({@code regiekit/case-file}): one case and, as later modules arrive,
 * its plans, assessments and graphs. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/case-file}
 * @param schemaVersion the schema version
 * @param subject the case, written as {@code case}; never null
 */
public record CaseFile(@NotNull String kind, @NotNull String schemaVersion,
                       @JsonProperty("case") @NotNull @Valid Case subject) implements Document {

    /** @throws NullPointerException if an argument is null */
    public CaseFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(subject, "subject");
    }

    /** A case file of the current schema version holding {@code subject}. */
    public static CaseFile of(Case subject) {
        return new CaseFile(DocumentKind.CASE_FILE.id(), DocumentKind.SCHEMA_VERSION, subject);
    }
}
