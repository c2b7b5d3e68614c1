package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.genogram.Ecogram;

/**
 * An ecogram or ecomap (method §9) as a document of its own ({@code regiekit/ecogram}); a case file bundles the same
 * part as its {@code ecogram}. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/ecogram}
 * @param schemaVersion the schema version
 * @param ecogram the ecogram; never null
 */
public record EcogramDocument(@NotNull String kind, @NotNull String schemaVersion,
                          @NotNull @Valid Ecogram ecogram) implements Document {

    /** @throws NullPointerException if an argument is null */
    public EcogramDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(ecogram, "ecogram");
    }

    /** A document of the current schema version holding {@code ecogram}. */
    public static EcogramDocument of(Ecogram ecogram) {
        return new EcogramDocument(DocumentKind.ECOGRAM.id(), DocumentKind.SCHEMA_VERSION, ecogram);
    }
}
