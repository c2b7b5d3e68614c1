package nl.regiekit.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.lang.reflect.RecordComponent;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;

import nl.regiekit.balance.FactorScore;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.Authority;
import nl.regiekit.casemodel.Bsn;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.genogram.Relative;
import nl.regiekit.json.internal.IsoDates;
import nl.regiekit.json.internal.StrictBinding;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalSource;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.monitor.MonitorCodes;
import nl.regiekit.plan.monitor.Signal;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.TrajectoryStatus;
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

    /**
     * The form of a finding code, {@code AREA-WORD-...}, as {@code FindingCode} and {@code RuleSettings}
     * check it; {@link SchemaVerdictTests} would see a difference.
     */
    static final String FINDING_CODE_PATTERN = "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$";

    /**
     * Records of optional parts of which exactly one must be present, as their constructors demand:
     * with {@code "additionalProperties": false}, one property and no more.
     */
    private static final Set<Class<?>> EXACTLY_ONE_PART = Set.of(Responsible.class);

    /**
     * An optional component that a record's constructor requires when another component has one
     * value ({@code onlyThen}: and refuses otherwise).
     */
    private record Conditional(Class<?> type, String property, String value, String required, boolean onlyThen) {
    }

    /** The smallest and largest value of each whole-number type, as binding reads them. */
    private static final Map<Class<?>, BigDecimal[]> WHOLE_NUMBERS = Map.of(
        int.class, new BigDecimal[] {BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE)},
        Integer.class, new BigDecimal[] {BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE)},
        long.class, new BigDecimal[] {BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE)},
        Long.class, new BigDecimal[] {BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE)});

    /** The conditional components of the model: a goal's proposer, a waiting trajectory's date. */
    private static final List<Conditional> CONDITIONALS = List.of(
        new Conditional(Goal.class, "source", GoalSource.MEMBER.name(), "proposer", true),
        new Conditional(Trajectory.class, "status", TrajectoryStatus.WAITING.name(), "waitingSince", false));

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
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
            .without(Option.NULLABLE_FIELDS_BY_DEFAULT);
        // A component is required unless it is optional, a map or a list that may be empty (absent lists
        // read as empty). The binding applies the same rule (StrictBinding.RequiredComponents).
        config.forFields().withRequiredCheck(field -> StrictBinding.required(field.getRawMember().getType(),
            field.getRawMember()::getAnnotation));
        // A signal's finding is written as its parts, beside the signal's own (see signal()).
        config.forFields().withIgnoreCheck(field -> field.getDeclaringType().getErasedType() == Signal.class
            && field.getName().equals("finding"));
        // A property that a mix-in of the binding renames, such as a case file's subject, has the mix-in's name.
        JsonMapper binding = RegiekitJson.mapper();
        config.forFields().withPropertyNameOverrideResolver(field -> renamed(binding,
            field.getDeclaringType().getErasedType(), field.getName()));
        // A text that may not be blank has a character that is not white space, in lists and optionals too.
        config.forFields().withStringPatternResolver(field -> (field.isFakeContainerItemScope()
            ? field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(NotBlank.class)
            : field.getAnnotationConsideringFieldAndGetterIfSupported(NotBlank.class)) != null
            ? StrictBinding.NOT_BLANK_PATTERN : null);
        // A whole number has the range of its Java type, unless a constraint narrows it.
        config.forFields().withNumberInclusiveMinimumResolver(field -> WHOLE_NUMBERS.containsKey(
            field.getType().getErasedType()) ? WHOLE_NUMBERS.get(field.getType().getErasedType())[0] : null);
        config.forFields().withNumberInclusiveMaximumResolver(field -> WHOLE_NUMBERS.containsKey(
            field.getType().getErasedType()) ? WHOLE_NUMBERS.get(field.getType().getErasedType())[1] : null);
        // Descriptions from the model's Javadoc, for the code generators of other languages.
        config.forFields().withDescriptionResolver(field -> RecordJavadoc.component(
            field.getDeclaringType().getErasedType(), field.getName()).orElse(null));
        config.forTypesInGeneral().withDescriptionResolver(scope -> RecordJavadoc.type(scope.getType().getErasedType())
            .orElse(null));
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            Class<?> raw = type.getErasedType();
            if (Identifier.class.isAssignableFrom(raw)) {
                node.put("type", "string").put("pattern", Identifier.PATTERN);
            } else if (raw == Bsn.class) {
                node.put("type", "string").put("pattern", Bsn.PATTERN);
            } else if (raw == LocalDate.class) {
                // The pattern for validators that take formats as annotations only, as 2020-12 does by default.
                node.put("type", "string").put("format", "date").put("pattern", IsoDates.DATE_PATTERN);
            } else if (raw == Period.class) {
                node.put("type", "string").put("pattern", IsoDates.PERIOD_PATTERN);
            } else {
                return null;
            }
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
                CustomDefinition.AttributeInclusion.NO);
        });
        // A sealed type: its discriminator names one subtype, and only that subtype's schema applies,
        // so an error inside one variant is reported once, at its own path.
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            String property = raw.isSealed() ? Subtypes.property(raw) : null;
            if (property == null) {
                return null;
            }
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            node.put("type", "object");
            node.putArray("required").add(property);
            ArrayNode names = node.putObject("properties").putObject(property).putArray("enum");
            ArrayNode variants = node.putArray("allOf");
            for (Class<?> sub : raw.getPermittedSubclasses()) {
                String name = Subtypes.names().get(sub);
                names.add(name);
                ObjectNode variant = variants.addObject();
                ObjectNode condition = variant.putObject("if");
                condition.putArray("required").add(property);
                condition.putObject("properties").putObject(property).put("const", name);
                variant.set("then", context.createDefinitionReference(context.getTypeContext().resolve(sub)));
            }
            return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
                CustomDefinition.AttributeInclusion.NO);
        });
        config.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
            Class<?> raw = scope.getType().getErasedType();
            String name = Subtypes.names().get(raw);
            if (name != null) {
                String property = Subtypes.property(raw.getInterfaces()[0]);  // the sealed interface
                ((ObjectNode) node.get("properties")).putObject(property).put("const", name);
                ((ArrayNode) node.get("required")).insert(0, property);
            }
            for (Conditional conditional : CONDITIONALS) {
                if (conditional.type() == raw) {
                    ArrayNode all = node.has("allOf") ? (ArrayNode) node.get("allOf") : node.putArray("allOf");
                    ObjectNode rule = all.addObject();
                    ObjectNode condition = rule.putObject("if");
                    condition.putArray("required").add(conditional.property());
                    condition.putObject("properties").putObject(conditional.property()).put("const", conditional.value());
                    rule.putObject("then").putArray("required").add(conditional.required());
                    if (conditional.onlyThen()) {
                        rule.putObject("else").putObject("not").putArray("required").add(conditional.required());
                    }
                }
            }
            if (raw == Authority.class) {
                // Held by one or two members, or by an institution alone.
                ObjectNode byMembers = node.putObject("if");
                byMembers.putArray("required").add("holders");
                byMembers.putObject("properties").putObject("holders").put("minItems", 1);
                node.putObject("then").putObject("not").putArray("required").add("institution");
                node.putObject("else").putArray("required").add("institution");
            }
            if (raw == RuleSettings.class) {
                // The rules switched off and those given another severity are named by their codes.
                ObjectNode properties = (ObjectNode) node.get("properties");
                ((ObjectNode) properties.get("off").get("items")).put("pattern", FINDING_CODE_PATTERN);
                ((ObjectNode) properties.get("severities")).putObject("propertyNames").put("pattern", FINDING_CODE_PATTERN);
            }
            if (raw == Signal.class) {
                signal(node, context);
            }
            references(node, raw);
            if (EXACTLY_ONE_PART.contains(raw)) {
                node.put("minProperties", 1).put("maxProperties", 1);
            }
            if (Document.class.isAssignableFrom(raw) && raw.isRecord()) {
                ObjectNode properties = (ObjectNode) node.get("properties");
                properties.putObject("kind").put("const", kindOf(raw).id());
                properties.putObject("schemaVersion").put("type", "string").put("pattern", "^1(\\.[0-9]+)?$");
            }
            if (raw == CaseFile.class) {
                // The binding writes the envelope; the schema lists it among the properties in their order.
                ObjectNode properties = (ObjectNode) node.get("properties");
                properties.putObject("kind").put("const", kindOf(raw).id());
                properties.putObject("schemaVersion").put("type", "string").put("pattern", "^1(\\.[0-9]+)?$");
                List<String> names = new ArrayList<>(List.of("kind", "schemaVersion"));
                node.get("required").forEach(n -> names.add(n.asString()));
                sorted(node, names, context);
            }
        });
        SchemaGenerator generator = new SchemaGenerator(config.build());
        ObjectNode schema = generator.generateSchema(kind.type());
        notNullable(schema);
        schema.put("$id", "https://regiekit.nl/schema/" + kind.id().substring("regiekit/".length())
            + "/" + DocumentKind.SCHEMA_VERSION + ".json");
        schema.put("title", kind.id());
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    }

    /**
     * A signal in a document holds its finding's parts beside its own ({@code RegiekitModule} writes and
     * reads it so): the finding's code, severity, subject and values, described as the finding's
     * components, in place of one {@code finding} property (left out of the generation); the properties and the required ones in
     * alphabetical order, as for every record. Its code is one of the monitor's, which says what its
     * subject is about.
     */
    private static void signal(ObjectNode node, SchemaGenerationContext context) {
        ObjectNode properties = (ObjectNode) node.get("properties");
        List<String> names = new ArrayList<>();
        node.get("required").forEach(n -> names.add(n.asString()));
        for (RecordComponent part : Finding.class.getRecordComponents()) {
            if (part.getName().equals("pointer")) {
                continue;
            }
            ResolvedType type = context.getTypeContext().resolve(part.getGenericType());
            if (part.getType() == Optional.class) {
                type = type.getTypeParameters().get(0);
            }
            ObjectNode schema = context.createDefinitionReference(type);
            RecordJavadoc.component(Finding.class, part.getName()).ifPresent(d -> schema.put("description", d));
            properties.set(part.getName(), schema);
            // The subject too: a signal is about an identified object.
            if (part.getType() == Optional.class || StrictBinding.required(part.getType(), part::getAnnotation)) {
                names.add(part.getName());
            }
        }
        MonitorCodes.all().forEach(code -> ((ObjectNode) properties.get("code")).withArray("enum").add(code.code()));
        sorted(node, names, context);
    }

    /** Gives {@code node} its properties in alphabetical order and {@code required} as its required ones, sorted. */
    private static void sorted(ObjectNode node, List<String> required, SchemaGenerationContext context) {
        ObjectNode properties = (ObjectNode) node.get("properties");
        ObjectNode sorted = context.getGeneratorConfig().createObjectNode();
        properties.propertyNames().stream().sorted().forEach(p -> sorted.set(p, properties.get(p)));
        properties.removeAll();
        properties.setAll(sorted);
        ArrayNode array = (ArrayNode) node.get("required");
        array.removeAll();
        required.stream().sorted().forEach(array::add);
    }

    /**
     * The references a document may hold where it would repeat (binding resolves them, see
     * {@code References}): a plan's agreement may name the {@code meeting} it was made at and give only
     * what differs; a factor score may leave out the category and weight of its catalogue's factor; a
     * genogram person without a name is the family member of its identifier.
     */
    private static void references(ObjectNode node, Class<?> raw) {
        if (raw == Agreement.class) {
            ObjectNode properties = (ObjectNode) node.get("properties");
            properties.putObject("meeting").put("type", "string").put("pattern", Identifier.PATTERN)
                .put("description", "the family council or care conference of the same document at which this "
                    + "agreement of the same id was made: the agreement is that meeting's, with the fields given "
                    + "here in place of the meeting's; the others may then be left out");
            notRequired(node, "made", "source", "status");
            ArrayNode all = node.has("allOf") ? (ArrayNode) node.get("allOf") : node.putArray("allOf");
            ObjectNode rule = all.addObject();
            rule.putObject("if").putArray("required").add("meeting");
            rule.putObject("else").putArray("required").add("made").add("source").add("status");
        } else if (raw == FactorScore.class) {
            notRequired(node, "category", "weight");
            described(node, "category", "; left out, the category of the factor in the assessment's catalogue");
            described(node, "weight", "; left out, the weight of the factor in the assessment's catalogue");
        } else if (raw == Relative.class) {
            notRequired(node, "gender", "name");
            described(node, "name", "; left out, the person is the family member of this id, whose name, gender "
                + "and year of birth it takes unless given");
            ObjectNode rule = node.putObject("if");
            rule.putArray("required").add("name");
            node.putObject("then").putArray("required").add("gender");
        }
    }

    private static void notRequired(ObjectNode node, String... names) {
        ArrayNode required = (ArrayNode) node.get("required");
        List<String> kept = new ArrayList<>();
        required.forEach(n -> kept.add(n.asString()));
        kept.removeAll(List.of(names));
        required.removeAll();
        kept.forEach(required::add);
    }

    private static void described(ObjectNode node, String property, String more) {
        ObjectNode schema = (ObjectNode) node.get("properties").get(property);
        // A reference's description is beside it (victools puts both in an allOf).
        if (schema.has("allOf")) {
            schema.remove("description");
            schema = (ObjectNode) schema.get("allOf").get(1);
        }
        schema.put("description", schema.path("description").asString() + more);
    }

    /**
     * Victools makes optional parts nullable; the mapper never writes null but leaves them out, so
     * a null is refused like any other wrong type. Nullable variants of definitions are dropped
     * and {@code ["x", "null"]} types become {@code "x"}.
     */
    private static void notNullable(ObjectNode schema) {
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        defs.propertyNames().stream().filter(name -> name.endsWith("-nullable")).toList().forEach(defs::remove);
        strip(schema);
    }

    private static void strip(tools.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("$ref") != null && object.get("$ref").asString().endsWith("-nullable")) {
                String ref = object.get("$ref").asString();
                object.put("$ref", ref.substring(0, ref.length() - "-nullable".length()));
            }
            if (object.get("type") instanceof ArrayNode types && types.size() == 2
                && "null".equals(types.get(1).asString())) {
                object.put("type", types.get(0).asString());
            }
        }
        node.forEach(SchemaGeneration::strip);
    }

    /** The name a mix-in of {@code binding} gives the property {@code name} of {@code type}, or null. */
    private static String renamed(JsonMapper binding, Class<?> type, String name) {
        Class<?> mixIn = binding.serializationConfig().findMixInClassFor(type);
        if (mixIn == null) {
            return null;
        }
        return Arrays.stream(mixIn.getDeclaredMethods()).filter(m -> m.getName().equals(name))
            .map(m -> m.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class)).filter(Objects::nonNull)
            .map(com.fasterxml.jackson.annotation.JsonProperty::value).findFirst().orElse(null);
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
