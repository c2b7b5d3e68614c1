package nl.regiekit.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;

import nl.regiekit.casemodel.Bsn;
import nl.regiekit.casemodel.Identifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema of each {@link DocumentKind} from the model. The schemas are
 * committed under {@code json/src/main/resources/nl/regiekit/json/schema}; {@link SchemaDriftTests}
 * fails when they drift from the model. To regenerate them on purpose:
 * {@code mvn -pl json -am test -Dtest=SchemaDriftTests -Dsurefire.failIfNoSpecifiedTests=false -Dregiekit.regenerate=true}.
 */
final class SchemaGeneration {

    static final Path COMMITTED = Path.of("src/main/resources/nl/regiekit/json/schema");

    private SchemaGeneration() {
    }

    /** The schema of {@code kind}, as text with a final newline. */
    static String generate(DocumentKind kind) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
            OptionPreset.PLAIN_JSON)
            .with(new JacksonSchemaModule())
            .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.FLATTENED_OPTIONALS,
                Option.FLATTENED_ENUMS, Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS,
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS)
            .without(Option.NULLABLE_FIELDS_BY_DEFAULT);
        // A component is required unless it is optional or a list (absent lists read as empty).
        config.forFields().withRequiredCheck(field -> {
            Class<?> type = field.getRawMember().getType();
            return !Optional.class.isAssignableFrom(type) && !Collection.class.isAssignableFrom(type);
        });
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            Class<?> raw = type.getErasedType();
            if (Identifier.class.isAssignableFrom(raw)) {
                node.put("type", "string").put("pattern", Identifier.PATTERN);
            } else if (raw == Bsn.class) {
                node.put("type", "string").put("pattern", Bsn.PATTERN);
            } else if (raw == LocalDate.class) {
                node.put("type", "string").put("format", "date");
            } else if (raw == Period.class) {
                node.put("type", "string").put("pattern", "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$");
            } else {
                return null;
            }
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                CustomDefinition.AttributeInclusion.NO);
        });
        config.forTypesInGeneral().withSubtypeResolver((declared, context) -> {
            Class<?> raw = declared.getErasedType();
            if (!raw.isSealed()) {
                return null;
            }
            List<ResolvedType> subtypes = Arrays.stream(raw.getPermittedSubclasses())
                .map(sub -> context.getTypeContext().resolveSubtype(declared, sub)).toList();
            return subtypes;
        });
        config.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
            Class<?> raw = scope.getType().getErasedType();
            String name = Subtypes.names().get(raw);
            if (name != null) {
                String property = Subtypes.property(raw.getInterfaces()[0]);
                ((ObjectNode) node.get("properties")).putObject(property).put("const", name);
                ((ArrayNode) node.get("required")).insert(0, property);
            }
            if (Document.class.isAssignableFrom(raw) && raw.isRecord()) {
                ObjectNode properties = (ObjectNode) node.get("properties");
                properties.putObject("kind").put("const", kindOf(raw).id());
                properties.putObject("schemaVersion").put("type", "string").put("pattern", "^1(\\.[0-9]+)?$");
            }
        });
        SchemaGenerator generator = new SchemaGenerator(config.build());
        ObjectNode schema = generator.generateSchema(kind.type());
        schema.put("$id", "https://regiekit.nl/schema/" + kind.id().substring("regiekit/".length())
            + "/" + DocumentKind.SCHEMA_VERSION + ".json");
        schema.put("title", kind.id());
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    }

    private static DocumentKind kindOf(Class<?> type) {
        return Arrays.stream(DocumentKind.values()).filter(k -> k.type() == type).findFirst().orElseThrow();
    }

    /** Writes every schema to the committed folder. */
    static void writeAll() throws IOException {
        for (DocumentKind kind : DocumentKind.values()) {
            Path file = COMMITTED.resolve(Path.of(kind.schemaResource()).getFileName().toString());
            Files.writeString(file, generate(kind), StandardCharsets.UTF_8);
        }
    }

}
