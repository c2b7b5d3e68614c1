package nl.regiekit.json.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * What makes binding refuse exactly what the schemas refuse, where Jackson on its own reads more:
 * a required record component that is missing, and an enumeration value that is only nearly a
 * constant's name.
 */
public final class StrictBinding {

    private StrictBinding() {
    }

    /**
     * Whether a record component is required, by the rule the schemas are generated with: unless
     * it is an {@code Optional}, a collection or a map (an absent one reads as empty). Binding then refuses a
     * document that leaves it out, instead of letting a constructor fill in a default.
     */
    public static boolean required(Class<?> componentType) {
        return !Optional.class.isAssignableFrom(componentType) && !Collection.class.isAssignableFrom(componentType)
            && !java.util.Map.class.isAssignableFrom(componentType);
    }

    /** Marks every required record component as required to Jackson ({@link #required(Class)}). */
    public static final class RequiredComponents extends NopAnnotationIntrospector {

        private static final long serialVersionUID = 1L;

        /** Creates the introspector. */
        public RequiredComponents() {
        }

        @Override
        public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember member) {
            Class<?> owner = member.getDeclaringClass();
            return owner != null && owner.isRecord() && required(member.getRawType()) ? Boolean.TRUE : null;
        }
    }

    /**
     * Reads every enumeration from a JSON string that is exactly one of its constants' names, as the
     * schemas' {@code enum} does. Jackson's own reader also takes a name with leading or trailing
     * characters up to U+0020 ({@code "PARENT "}, {@code "\u0000GRANTED"}) and, as text, an index.
     */
    public static final class StrictEnums extends ValueDeserializerModifier {

        private static final long serialVersionUID = 1L;

        /** Creates the modifier. */
        public StrictEnums() {
        }

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
            return new EnumByName(type.getRawClass());
        }
    }

    /** Reads an enumeration constant by its exact name. */
    private static final class EnumByName extends StdScalarDeserializer<Object> {

        private static final long serialVersionUID = 1L;

        private final Map<String, Object> byName = new HashMap<>();

        EnumByName(Class<?> type) {
            super(type);
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            Object constant = byName.get(parser.getString());
            return constant != null ? constant
                : context.handleWeirdStringValue(handledType(), parser.getString(), "not the name of a constant");
        }
    }
}
