package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.plan.meeting.CareConferenceAgenda;

/**
 * The agenda of a care conference or one of its variants as a document of its own
 * ({@code regiekit/care-conference-agenda}, method §10), as {@code regiekit agenda care-conference}
 * makes it. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/care-conference-agenda}
 * @param schemaVersion the schema version
 * @param agenda the agenda; never null
 */
public record CareConferenceAgendaDocument(@NotNull String kind, @NotNull String schemaVersion,
                                           @NotNull @Valid CareConferenceAgenda agenda) implements Document {

    /** @throws NullPointerException if an argument is null */
    public CareConferenceAgendaDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(agenda, "agenda");
    }

    /** A document of the current schema version holding {@code agenda}. */
    public static CareConferenceAgendaDocument of(CareConferenceAgenda agenda) {
        return new CareConferenceAgendaDocument(DocumentKind.CARE_CONFERENCE_AGENDA.id(), DocumentKind.SCHEMA_VERSION,
            agenda);
    }
}
