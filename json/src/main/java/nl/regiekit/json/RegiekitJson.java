package nl.regiekit.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.plan.monitor.Signal;

/**
 * The configured Jackson mappers of Regiekit: strict by default (unknown fields and duplicate
 * keys refused, no coercion of values, dates only as {@code yyyy-MM-dd}), with the {@link Limits} enforced while parsing, and the model written with
 * absent optionals and empty lists left out, properties in record order, indented.
 * Mappers are immutable and thread-safe: build one and share it.
 *
 * <p>A mapper's exceptions are Jackson's own and may quote the document's values; to read
 * documents that may hold personal data, use {@link Validation}, whose findings never do.
 */
public final class RegiekitJson {

    private RegiekitJson() {
    }

    /**
     * Findings in their JSON form, as the command line and the service write them: one object each with
     * {@code code}, {@code severity}, {@code pointer}, {@code subject} when there is one, and the
     * {@code message} in the language of {@code locale} (from the bundles, Dutch where they lack it), in order.
     *
     * @throws NullPointerException if an argument or a finding is null
     */
    public static List<Map<String, Object>> findings(List<Finding> findings, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding finding : findings) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("code", finding.code());
            f.put("severity", finding.severity().name());
            f.put("pointer", finding.pointer());
            finding.subject().ifPresent(s -> f.put("subject", s.value()));
            f.put("message", finding.message(locale));
            list.add(f);
        }
        return list;
    }

    /**
     * Monitoring signals in their JSON form, as the command line and the service write them: one object
     * each with {@code code}, {@code severity}, {@code due}, {@code caseId} when there is one,
     * {@code subject}, {@code rule} and the {@code message} in the language of {@code locale}, in order.
     *
     * @throws NullPointerException if an argument or a signal is null
     */
    public static List<Map<String, Object>> signals(List<Signal> signals, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        List<Map<String, Object>> list = new ArrayList<>();
        for (Signal s : signals) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", s.code());
            entry.put("severity", s.severity().name());
            entry.put("due", s.due().toString());
            s.caseId().ifPresent(id -> entry.put("caseId", id.value()));
            entry.put("subject", s.subject().value());
            entry.put("rule", s.rule());
            entry.put("message", s.message(locale));
            list.add(entry);
        }
        return list;
    }

    /** A strict mapper with the default limits. */
    public static JsonMapper mapper() {
        return mapper(Limits.DEFAULTS, false);
    }

    /**
     * A mapper with these limits.
     *
     * @param limits the limits enforced while parsing
     * @param lenient whether unknown fields are ignored instead of refused
     * @throws NullPointerException if {@code limits} is null
     */
    public static JsonMapper mapper(Limits limits, boolean lenient) {
        Objects.requireNonNull(limits, "limits");
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxBytes())
                .maxNestingDepth(limits.maxDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
        return JsonMapper.builder(factory)
            .addModule(new RegiekitModule())
            // Only record components are properties: derived methods such as isAccepted() are not.
            .changeDefaultVisibility(vc -> vc.withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE))
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !lenient)
            // Binding refuses every value the schemas refuse, with no coercion: no number for an
            // enum or a text, no text or fraction for a number, no empty text for a value.
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    }
}
