package nl.regiekit.json.internal;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.constraints.Size;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * What makes binding read exactly what the schemas accept, where Jackson on its own reads more or
 * less: a required record component that is missing, an enumeration value that is only nearly a
 * constant's name, and a whole number written with a fraction of zero.
 */
public final class StrictBinding {

    /**
     * The pattern of a text with {@code @NotBlank}: at least one character that is not white space
     * as {@link String#isBlank()} (Hibernate Validator's test) counts it, {@link Character#isWhitespace}.
     * The characters are listed, not named by a class such as {@code \S}, whose meaning differs
     * between the regular expressions of Java and of ECMA-262, which JSON Schema uses.
     */
    public static final String NOT_BLANK_PATTERN = "[^\\u0009-\\u000D\\u001C-\\u0020\\u1680\\u2000-\\u2006"
        + "\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]";

    private StrictBinding() {
    }

    /**
     * Whether a record component is required, by the rule the schemas are generated with: unless
     * it is an {@code Optional} or a map, or a collection that may be empty (an absent one reads as
     * empty). A collection with {@code @Size(min = 1)} or more is never written empty, so it is
     * never left out: a document without it is refused as the schema's {@code required} refuses it.
     * Binding then refuses a document that leaves out a required component, instead of letting a
     * constructor fill in a default.
     *
     * @param componentType the component's type
     * @param annotations the component's annotations (of its field, accessor or constructor parameter)
     * @throws NullPointerException if an argument is null
     */
    public static boolean required(Class<?> componentType, Annotations annotations) {
        if (Collection.class.isAssignableFrom(componentType)) {
            Size size = annotations.get(Size.class);
            return size != null && size.min() > 0;
        }
        return !Optional.class.isAssignableFrom(componentType) && !Map.class.isAssignableFrom(componentType);
    }

    /** The annotations of a declaration: {@code Field::getAnnotation}, {@code Annotated::getAnnotation}. */
    @FunctionalInterface
    public interface Annotations {

        /** The annotation of {@code type} on the declaration, or null. */
        <A extends Annotation> A get(Class<A> type);
    }

    /** Marks every required record component as required to Jackson ({@link #required}). */
    public static final class RequiredComponents extends NopAnnotationIntrospector {

        private static final long serialVersionUID = 1L;

        /** Creates the introspector. */
        public RequiredComponents() {
        }

        @Override
        public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember member) {
            Class<?> owner = member.getDeclaringClass();
            return owner != null && owner.isRecord() && required(member.getRawType(), member::getAnnotation)
                ? Boolean.TRUE : null;
        }
    }

    /**
     * Reads every enumeration from a JSON string that is exactly one of its constants' names, as the
     * schemas' {@code enum} does. Jackson's own reader also takes a name with leading or trailing
     * characters up to U+0020 ({@code "PARENT "}, {@code "\u0000GRANTED"}) and, as text, an index.
     * Reads every whole number ({@code int}, {@code long}, {@code short}, {@code byte} and their boxes)
     * also from a number with a fraction of zero, {@code 2.0} or {@code 1e0}, as the schemas'
     * {@code "type": "integer"} does (JSON Schema 2020-12 §6.1.1); any other fraction is refused.
     * Reads a list, set or map that is left out as empty.
     */
    public static final class StrictScalars extends ValueDeserializerModifier {

        private static final long serialVersionUID = 1L;

        /** Creates the modifier. */
        public StrictScalars() {
        }

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                           BeanDescription.Supplier description,
                                                           ValueDeserializer<?> deserializer) {
            return new EnumByName(type.getRawClass());
        }

        @Override
        public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                 BeanDescription.Supplier description,
                                                                 ValueDeserializer<?> deserializer) {
            return new AbsentAsEmpty(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyMapDeserializer(DeserializationConfig config, MapType type,
                                                          BeanDescription.Supplier description,
                                                          ValueDeserializer<?> deserializer) {
            return new AbsentAsEmpty(deserializer);
        }

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            Class<?> raw = description.getBeanClass();
            return WholeNumber.RANGES.containsKey(raw) ? new WholeNumber(deserializer, raw) : deserializer;
        }
    }

    /**
     * A list, set or map that is left out reads as empty, as the schemas have it, also for a record
     * whose constructor would not turn a null into an empty one; a JSON {@code null} stays null.
     */
    private static final class AbsentAsEmpty extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        AbsentAsEmpty(ValueDeserializer<?> delegatee) {
            super(delegatee);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new AbsentAsEmpty(delegatee);
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return _delegatee.getEmptyValue(context);
        }
    }

    /**
     * A whole number: Jackson's own reader for everything but a number with a fraction, which is
     * read if the fraction is zero and the value fits the type.
     */
    private static final class WholeNumber extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        /** The smallest and largest value of each whole-number type. */
        private static final Map<Class<?>, long[]> RANGES = Map.of(
            int.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class, new long[] {Long.MIN_VALUE, Long.MAX_VALUE},
            short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
            byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
            Byte.class, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE});

        private final Class<?> type;

        WholeNumber(ValueDeserializer<?> delegatee, Class<?> type) {
            super(delegatee);
            this.type = type;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
            return new WholeNumber(delegatee, type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
                return super.deserialize(parser, context);
            }
            long[] range = RANGES.get(type);
            long value;
            try {
                // Exact, and quick on any exponent: a fraction only or more than 19 digits is refused at once.
                value = parser.getDecimalValue().longValueExact();
            } catch (ArithmeticException | NumberFormatException | JacksonException e) {
                return context.handleWeirdNumberValue(type, parser.getNumberValue(), "not a whole number in range");
            }
            if (value < range[0] || value > range[1]) {
                return context.handleWeirdNumberValue(type, value, "not a whole number in range");
            }
            if (type == long.class || type == Long.class) {
                return value;
            }
            if (type == int.class || type == Integer.class) {
                return (int) value;
            }
            return type == short.class || type == Short.class ? (Object) (short) value : (Object) (byte) value;
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
