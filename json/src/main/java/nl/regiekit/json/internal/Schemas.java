package nl.regiekit.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import nl.regiekit.json.DocumentKind;

/**
 * The committed JSON Schemas, loaded from the jar for the validation pipeline: draft 2020-12,
 * JSON Pointer paths, format assertions on and no remote fetching.
 */
public final class Schemas {

    private Schemas() {
    }

    /**
     * Loads the schema of every document kind.
     *
     * @return the schemas by kind
     * @throws IllegalStateException if a schema is missing from the jar or cannot be read
     */
    public static Map<DocumentKind, Schema> load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build())
            .schemaLoader(loader -> loader.fetchRemoteResources(false)));
        Map<DocumentKind, Schema> loaded = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            try (InputStream in = Schemas.class.getResourceAsStream(kind.schemaResource())) {
                if (in == null) {
                    throw new IllegalStateException("schema missing from the jar: " + kind.schemaResource());
                }
                loaded.put(kind, registry.getSchema(in));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read schema " + kind.schemaResource(), e);
            }
        }
        return loaded;
    }
}
