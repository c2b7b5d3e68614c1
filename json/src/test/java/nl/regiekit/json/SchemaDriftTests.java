package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.json.JsonMapper;

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

    /**
     * The descriptions read from the model's Javadoc are whole sentences of plain text: no inline tag, no
     * brace left of one, no HTML. A reader that stopped a component's text at an inline {@code {@link}}
     * gave descriptions such as "the stable code, one of {".
     */
    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void descriptionsAreWholeAndPlain(DocumentKind kind) {
        List<String> descriptions = new ArrayList<>();
        JsonMapper.builder().build().readTree(SchemaGeneration.generate(kind)).findValues("description")
            .stream().filter(d -> d.isString()).forEach(d -> descriptions.add(d.asString()));
        assertThat(descriptions).isNotEmpty().noneMatch(d -> d.contains("{") || d.contains("}") || d.contains("<"));
    }
}
