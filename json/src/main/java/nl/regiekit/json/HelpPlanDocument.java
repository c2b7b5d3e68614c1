package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.plan.HelpPlan;

/**
 * A help plan as a document of its own ({@code regiekit/help-plan}), for exchanging one plan
 * without its case. The rules that need the case (consents, members, phases) run only when the
 * plan is inside a {@link nl.regiekit.casefile.CaseFile}. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/help-plan}
 * @param schemaVersion the schema version
 * @param plan the plan; never null
 */
public record HelpPlanDocument(@NotNull String kind, @NotNull String schemaVersion, @NotNull @Valid HelpPlan plan)
    implements Document {

    /** @throws NullPointerException if an argument is null */
    public HelpPlanDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(plan, "plan");
    }

    /** A document of the current schema version holding {@code plan}. */
    public static HelpPlanDocument of(HelpPlan plan) {
        return new HelpPlanDocument(DocumentKind.HELP_PLAN.id(), DocumentKind.SCHEMA_VERSION, plan);
    }
}
