package nl.regiekit.json;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.Case;
import nl.regiekit.plan.HelpPlan;

/**
 * A case file document ({@code regiekit/case-file}): one case, its help plans and, as later
 * modules arrive, its assessments and graphs. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/case-file}
 * @param schemaVersion the schema version
 * @param subject the case, written as {@code case}; never null
 * @param plans the case's help plans; absent in JSON when empty; never null
 */
public record CaseFile(@NotNull String kind, @NotNull String schemaVersion,
                       @JsonProperty("case") @NotNull @Valid Case subject, List<@Valid HelpPlan> plans)
    implements Document {

    /** @throws NullPointerException if an argument or a plan is null */
    public CaseFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(subject, "subject");
        plans = plans == null ? List.of() : List.copyOf(plans);
    }

    /** A case file of the current schema version holding {@code subject}. */
    public static CaseFile of(Case subject) {
        return of(subject, List.of());
    }

    /** A case file of the current schema version holding {@code subject} and its {@code plans}. */
    public static CaseFile of(Case subject, List<HelpPlan> plans) {
        return new CaseFile(DocumentKind.CASE_FILE.id(), DocumentKind.SCHEMA_VERSION, subject, plans);
    }
}
