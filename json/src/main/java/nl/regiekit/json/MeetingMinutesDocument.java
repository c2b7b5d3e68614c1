package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.plan.meeting.Meetings;

/**
 * The records of family councils and the minutes of care conferences as a document of their own
 * ({@code regiekit/meeting-minutes}, method §10), without their case. The checks that need the case
 * (members, consent for the distribution list) run only when the meetings are inside a
 * {@link nl.regiekit.casefile.CaseFile}. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/meeting-minutes}
 * @param schemaVersion the schema version
 * @param meetings the meetings; never null
 */
public record MeetingMinutesDocument(@NotNull String kind, @NotNull String schemaVersion,
                                     @NotNull @Valid Meetings meetings) implements Document {

    /** @throws NullPointerException if an argument is null */
    public MeetingMinutesDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(meetings, "meetings");
    }

    /** A document of the current schema version holding {@code meetings}. */
    public static MeetingMinutesDocument of(Meetings meetings) {
        return new MeetingMinutesDocument(DocumentKind.MEETING_MINUTES.id(), DocumentKind.SCHEMA_VERSION, meetings);
    }
}
