package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.genogram.Sociogram;

/**
 * A sociogram (method §9) as a document of its own ({@code regiekit/sociogram}); a case file bundles the same
 * part as its {@code sociogram}. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/sociogram}
 * @param schemaVersion the schema version
 * @param sociogram the sociogram; never null
 */
public record SociogramDocument(@NotNull String kind, @NotNull String schemaVersion,
                          @NotNull @Valid Sociogram sociogram) implements Document {

    /** @throws NullPointerException if an argument is null */
    public SociogramDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(sociogram, "sociogram");
    }

    /** A document of the current schema version holding {@code sociogram}. */
    public static SociogramDocument of(Sociogram sociogram) {
        return new SociogramDocument(DocumentKind.SOCIOGRAM.id(), DocumentKind.SCHEMA_VERSION, sociogram);
    }
}
