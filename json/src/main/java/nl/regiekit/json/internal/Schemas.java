package nl.regiekit.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import nl.regiekit.json.DocumentKind;

/**
 * The committed JSON Schemas, loaded from the jar for the validation pipeline: draft 2020-12,
 * JSON Pointer paths, format assertions on, no remote fetching, and the identifier pattern
 * checked as the model checks it ({@link IdentifierPatternFactory}). Each kind's schema is
 * loaded when it is first asked for, so that a run that reads one kind of document does not
 * pay for the others. Thread-safe.
 */
public final class Schemas {

    private final Map<DocumentKind, Schema> loaded = new ConcurrentHashMap<>();

    /**
     * The schema registry, made when the first schema is asked for: the quick path of a valid document
     * never asks, and making the registry initialises the schema library (its keywords, formats and
     * dialect), a cost at the start of every validating command.
     */
    private static final class Registry {
        static final SchemaRegistry INSTANCE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .regularExpressionFactory(new IdentifierPatternFactory())
                    .build())
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    }

    /** Creates an empty cache of schemas. */
    public Schemas() {
    }

    /**
     * The schema of {@code kind}, loaded on first use.
     *
     * @throws NullPointerException if {@code kind} is null
     * @throws IllegalStateException if the schema is missing from the jar or cannot be read
     */
    public Schema get(DocumentKind kind) {
        return loaded.computeIfAbsent(kind, this::load);
    }

    private Schema load(DocumentKind kind) {
        try (InputStream in = Schemas.class.getResourceAsStream(kind.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + kind.schemaResource());
            }
            return Registry.INSTANCE.getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema " + kind.schemaResource(), e);
        }
    }
}
