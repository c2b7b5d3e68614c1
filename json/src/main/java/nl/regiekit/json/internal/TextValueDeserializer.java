package nl.regiekit.json.internal;

import java.util.function.Function;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a value from a JSON string through a factory, such as a typed identifier or a BSN. A
 * value the factory refuses becomes a {@link DatabindException} whose cause is the refusal and
 * whose message does not hold the value.
 *
 * @param <T> the value type
 */
public final class TextValueDeserializer<T> extends StdDeserializer<T> {

    private final transient Function<String, T> factory;

    /**
     * @param type the value type
     * @param factory makes a value from its text; may throw {@link IllegalArgumentException}
     */
    public TextValueDeserializer(Class<T> type, Function<String, T> factory) {
        super(type);
        this.factory = factory;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (T) context.handleUnexpectedToken(handledType(), parser);
        }
        try {
            return factory.apply(parser.getString());
        } catch (IllegalArgumentException refused) {
            throw DatabindException.from(parser, handledType().getSimpleName() + " refused", refused);
        }
    }
}
