package nl.regiekit.json.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.json.DocumentKind;
import nl.regiekit.json.Subtypes;
import nl.regiekit.plan.monitor.MonitorCodes;
import tools.jackson.databind.JsonNode;

/**
 * The allowed values of a schema's {@code enum}, for the message of a {@code SCHEMA-ENUM} finding:
 * the names of the constants of one of the model's enumerations, of the variants of a sealed
 * type ({@link Subtypes}), or the monitor's signal codes. Both are the model's vocabulary, never a document's values, so a finding
 * may name them; a list that is neither is not named. Read once, from the types of the document kinds.
 */
public final class AllowedValues {

    /** Each enumeration's names, in the order the schemas list them, to the same names as placeholder text. */
    private static final Map<List<String>, String> KNOWN = known();

    private AllowedValues() {
    }

    /** The texts the schemas hold as a {@code const}: the document kinds and the variants' names. */
    private static final Set<String> CONSTANTS = constants();

    /**
     * The allowed values of the {@code enum} keyword {@code values}, separated by commas, or the
     * allowed value of a {@code const}.
     *
     * @return the names, or empty if {@code values} is not the list of a model enumeration or sealed
     *     type, nor a document kind or a variant's name
     */
    public static Optional<String> of(JsonNode values) {
        if (values != null && values.isString()) {
            return Optional.of(values.asString()).filter(CONSTANTS::contains);
        }
        if (values == null || !values.isArray()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(values.size());
        for (JsonNode value : values) {
            if (!value.isString()) {
                return Optional.empty();
            }
            names.add(value.asString());
        }
        return Optional.ofNullable(KNOWN.get(names));
    }

    private static Set<String> constants() {
        Set<String> constants = new HashSet<>(Subtypes.names().values());
        for (DocumentKind kind : DocumentKind.values()) {
            constants.add(kind.id());
        }
        return Set.copyOf(constants);
    }

    private static Map<List<String>, String> known() {
        Map<List<String>, String> known = new HashMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (DocumentKind kind : DocumentKind.values()) {
            walk(kind.type(), seen, known);
        }
        Map<Class<?>, List<String>> variants = new LinkedHashMap<>();
        Subtypes.names().forEach((type, name) -> variants.computeIfAbsent(type.getInterfaces()[0],
            sealed -> new ArrayList<>()).add(name));
        for (Map.Entry<Class<?>, List<String>> sealed : variants.entrySet()) {
            List<String> names = new ArrayList<>();
            for (Class<?> permitted : sealed.getKey().getPermittedSubclasses()) {
                names.add(Subtypes.names().get(permitted));
            }
            known.put(names, String.join(", ", names));
        }
        // A signal in a document has one of the monitor's codes (the care-conference agenda's signals).
        List<String> signals = MonitorCodes.all().stream().map(FindingCode::code).toList();
        known.put(signals, String.join(", ", signals));
        return Map.copyOf(known);
    }

    private static void walk(Type type, Set<Class<?>> seen, Map<List<String>, String> known) {
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), seen, known);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, seen, known);
            }
            return;
        }
        if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                walk(bound, seen, known);
            }
            return;
        }
        if (!(type instanceof Class<?> raw) || !seen.add(raw)) {
            return;
        }
        if (raw.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            known.put(names, String.join(", ", names));
        } else if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                walk(component.getGenericType(), seen, known);
            }
        } else if (raw.isSealed()) {
            for (Class<?> permitted : raw.getPermittedSubclasses()) {
                walk(permitted, seen, known);
            }
        }
    }
}
