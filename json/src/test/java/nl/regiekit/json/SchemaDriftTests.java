package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committed schemas are what the model generates. When this fails after a model change,
 * regenerate on purpose (see {@link SchemaGeneration}) and review the diff.
 */
class SchemaDriftTests {

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void committedSchemaMatchesTheModel(DocumentKind kind) throws IOException {
        if (Boolean.getBoolean("regiekit.regenerate")) {
            SchemaGeneration.writeAll();
        }
        Path committed = SchemaGeneration.COMMITTED.resolve(Path.of(kind.schemaResource()).getFileName().toString());
        assertThat(committed).exists();
        assertThat(Files.readString(committed, StandardCharsets.UTF_8)).isEqualTo(SchemaGeneration.generate(kind));
    }
}
