package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.balance.FactorCatalog;

/**
 * An organisation's own catalogue of balance-model factors as a document
 * ({@code regiekit/factor-catalog}), the alternative to a {@link nl.regiekit.balance.FactorCatalogProvider}
 * for systems that do not run Java. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/factor-catalog}
 * @param schemaVersion the schema version
 * @param catalog the catalogue; never null
 */
public record FactorCatalogDocument(@NotNull String kind, @NotNull String schemaVersion,
                                    @NotNull @Valid FactorCatalog catalog) implements Document {

    /** @throws NullPointerException if an argument is null */
    public FactorCatalogDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(catalog, "catalog");
    }

    /** A document of the current schema version holding {@code catalog}. */
    public static FactorCatalogDocument of(FactorCatalog catalog) {
        return new FactorCatalogDocument(DocumentKind.FACTOR_CATALOG.id(), DocumentKind.SCHEMA_VERSION, catalog);
    }
}
