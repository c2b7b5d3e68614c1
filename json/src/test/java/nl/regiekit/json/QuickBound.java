package nl.regiekit.json;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.json.internal.Peek;
import nl.regiekit.json.internal.QuickBinding;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quick path's binding of a document, as {@code Validation} calls it, and the check that holds it to
 * databind's binding: whatever it binds, databind binds to an equal model.
 */
final class QuickBound {

    private static final JsonMapper MAPPER = RegiekitJson.mapper();
    private static final ObjectReader PARSERS = MAPPER.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    private static final FactorCatalogs BUILT_IN = FactorCatalogs.builtIn();
    /** Databind's binding of each kind, with the same catalogues: the full path's reader. */
    private static final Map<DocumentKind, ObjectReader> DATABIND = new EnumMap<>(DocumentKind.class);

    private QuickBound() {
    }

    /** {@code bytes} bound to {@code type} with the built-in catalogues, or empty if the quick path refuses them. */
    static Optional<Object> bind(byte[] bytes, Class<?> type) {
        return QuickBinding.bind(bytes, PARSERS, Limits.DEFAULTS.maxContainers(), type, BUILT_IN);
    }

    /** {@code bytes} bound as the kind their envelope names, or empty if they name none or the quick path refuses them. */
    static Optional<Object> bind(byte[] bytes) {
        return Peek.envelope(MAPPER, bytes).flatMap(envelope -> bind(bytes, envelope.kind().type()));
    }

    /**
     * How the quick binding of {@code bytes} differs from databind's, or empty if it does not: it refused them,
     * or databind binds them to an equal model. The text names no value of the document.
     */
    static Optional<String> disagreement(byte[] bytes) {
        Optional<Peek.Envelope> envelope = Peek.envelope(MAPPER, bytes);
        Optional<Object> quick = envelope.flatMap(e -> bind(bytes, e.kind().type()));
        if (quick.isEmpty()) {
            return Optional.empty();
        }
        Object databind;
        try {
            databind = databind(envelope.get().kind()).readValue(bytes);
        } catch (JacksonException e) {
            return Optional.of("bound what databind refuses: " + e.getClass().getSimpleName());
        }
        return quick.get().equals(databind) ? Optional.empty() : Optional.of("bound another model than databind");
    }

    private static synchronized ObjectReader databind(DocumentKind kind) {
        return DATABIND.computeIfAbsent(kind, k -> MAPPER.readerFor(k.type()).withAttribute(FactorCatalogs.class, BUILT_IN));
    }
}
