package nl.regiekit.json.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import nl.regiekit.casemodel.Case;
import nl.regiekit.json.DocumentKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonAppend;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.BeanPropertyDefinition;
import tools.jackson.databind.ser.VirtualBeanPropertyWriter;
import tools.jackson.databind.util.Annotations;

/**
 * How the JSON contract writes a {@link nl.regiekit.casefile.CaseFile}, which knows nothing of JSON:
 * as the {@code regiekit/case-file} document, its envelope ({@code kind}, {@code schemaVersion}) first
 * and its case under {@code case}. On reading, the pipeline has checked the envelope before binding
 * (the schema on the full path, {@link Peek#envelope} on the quick path), so binding passes over it.
 */
@JsonAppend(prepend = true, props = {
    @JsonAppend.Prop(value = CaseFileMixIn.Kind.class, name = "kind"),
    @JsonAppend.Prop(value = CaseFileMixIn.Version.class, name = "schemaVersion")})
@JsonIgnoreProperties(value = {"kind", "schemaVersion"}, allowGetters = true)
@JsonPropertyOrder({"kind", "schemaVersion", "case"})
public abstract class CaseFileMixIn {

    private CaseFileMixIn() {
    }

    /** The case, written as {@code case}, a word Java keeps for itself. */
    @JsonProperty("case")
    abstract Case subject();

    /** Writes the constant {@code kind} of a case file. */
    static final class Kind extends Constant {
        Kind() {
            super(DocumentKind.CASE_FILE.id());
        }

        private Kind(BeanPropertyDefinition property, Annotations annotations, JavaType type) {
            super(property, annotations, type, DocumentKind.CASE_FILE.id());
        }

        @Override
        public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
                                                    BeanPropertyDefinition property, JavaType type) {
            return new Kind(property, declaringClass.getAnnotations(), type);
        }
    }

    /** Writes the schema version this library writes. */
    static final class Version extends Constant {
        Version() {
            super(DocumentKind.SCHEMA_VERSION);
        }

        private Version(BeanPropertyDefinition property, Annotations annotations, JavaType type) {
            super(property, annotations, type, DocumentKind.SCHEMA_VERSION);
        }

        @Override
        public VirtualBeanPropertyWriter withConfig(MapperConfig<?> config, AnnotatedClass declaringClass,
                                                    BeanPropertyDefinition property, JavaType type) {
            return new Version(property, declaringClass.getAnnotations(), type);
        }
    }

    /** A virtual property whose value is a constant text. */
    private abstract static class Constant extends VirtualBeanPropertyWriter {
        private static final long serialVersionUID = 1L;
        private final String text;

        Constant(String text) {
            this.text = text;
        }

        Constant(BeanPropertyDefinition property, Annotations annotations, JavaType type, String text) {
            super(property, annotations, type);
            this.text = text;
        }

        @Override
        protected Object value(Object bean, JsonGenerator generator, SerializationContext context) {
            return text;
        }
    }
}
