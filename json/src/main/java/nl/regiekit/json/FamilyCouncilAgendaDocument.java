package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.plan.meeting.FamilyCouncilAgenda;

/**
 * The agenda of a family council as a document of its own ({@code regiekit/family-council-agenda},
 * method §10), as {@code regiekit agenda family-council} makes it. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/family-council-agenda}
 * @param schemaVersion the schema version
 * @param agenda the agenda; never null
 */
public record FamilyCouncilAgendaDocument(@NotNull String kind, @NotNull String schemaVersion,
                                          @NotNull @Valid FamilyCouncilAgenda agenda) implements Document {

    /** @throws NullPointerException if an argument is null */
    public FamilyCouncilAgendaDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(agenda, "agenda");
    }

    /** A document of the current schema version holding {@code agenda}. */
    public static FamilyCouncilAgendaDocument of(FamilyCouncilAgenda agenda) {
        return new FamilyCouncilAgendaDocument(DocumentKind.FAMILY_COUNCIL_AGENDA.id(), DocumentKind.SCHEMA_VERSION,
            agenda);
    }
}
