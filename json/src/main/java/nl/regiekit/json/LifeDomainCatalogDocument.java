package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.casemodel.LifeDomainCatalog;

/**
 * An organisation's own life-domain catalogue as a document ({@code regiekit/life-domain-catalog}),
 * the alternative to a {@link nl.regiekit.casemodel.LifeDomainCatalogProvider}. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/life-domain-catalog}
 * @param schemaVersion the schema version
 * @param catalog the catalogue; never null
 */
public record LifeDomainCatalogDocument(@NotNull String kind, @NotNull String schemaVersion,
                                        @NotNull @Valid LifeDomainCatalog catalog) implements Document {

    /** @throws NullPointerException if an argument is null */
    public LifeDomainCatalogDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(catalog, "catalog");
    }

    /** A document of the current schema version holding {@code catalog}. */
    public static LifeDomainCatalogDocument of(LifeDomainCatalog catalog) {
        return new LifeDomainCatalogDocument(DocumentKind.LIFE_DOMAIN_CATALOG.id(), DocumentKind.SCHEMA_VERSION,
            catalog);
    }
}
