package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.genogram.Genogram;

/**
 * A genogram (method §9) as a document of its own ({@code regiekit/genogram}); a case file bundles the same
 * part as its {@code genogram}. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/genogram}
 * @param schemaVersion the schema version
 * @param genogram the genogram; never null
 */
public record GenogramDocument(@NotNull String kind, @NotNull String schemaVersion,
                          @NotNull @Valid Genogram genogram) implements Document {

    /** @throws NullPointerException if an argument is null */
    public GenogramDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(genogram, "genogram");
    }

    /** A document of the current schema version holding {@code genogram}. */
    public static GenogramDocument of(Genogram genogram) {
        return new GenogramDocument(DocumentKind.GENOGRAM.id(), DocumentKind.SCHEMA_VERSION, genogram);
    }
}
