package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that builds a pipeline and validates a document on either path hears nothing from Hibernate
 * Validator: its version line (HV000001) would go through java.util.logging to standard error where
 * no Logback or Log4j is present. Hibernate Validator announces itself once per JVM, so the check
 * runs in a JVM of its own, with this module's test class path and without slf4j's test binding
 * mattering (jboss-logging does not route to slf4j-simple).
 */
class QuietStartTests {

    @Test
    void buildingAPipelineWritesNothingToStandardError() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
            Start.class.getName())).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(err).isZero();
        assertThat(out).contains("valid: true");
        assertThat(err).doesNotContain("HV000001").doesNotContain("Hibernate Validator");
    }

    /**
     * A valid document on the quick path is checked without the JSON Schemas: the schema library is not even
     * initialised (its registry, keywords and formats), which would cost every validating command's start. Nor
     * does databind build its deserializers of the model (about a quarter of a second of a fresh JVM's CPU for a
     * case file): the quick path binds on its own ({@code QuickBinding}), so neither the builder of a bean
     * deserializer nor the collector of a type's properties that databind builds one from is even loaded. And
     * java.util.logging, where Hibernate Validator's version line is quieted before a validator is built,
     * is not started either.
     */
    @Test
    void aValidDocumentOnTheQuickPathLeavesTheSchemaLibraryAndDatabindsDeserializersUnloaded(@TempDir Path dir)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("classes.log");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xlog:class+load:file=" + log,
            "-cp", System.getProperty("java.class.path"), QuickStart.class.getName())).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(err).isZero();
        assertThat(out).contains("valid: true");
        assertThat(Files.readString(log)).contains(Validation.class.getName() + " ")
            .doesNotContain("com.networknt.schema.SchemaRegistry ").doesNotContain("com.networknt.schema.keyword.")
            .doesNotContain("tools.jackson.databind.deser.bean.BeanDeserializerBuilder ")
            .doesNotContain("tools.jackson.databind.introspect.POJOPropertiesCollector ")
            .doesNotContain("java.util.logging.LogManager ");
    }

    /** One pipeline, one valid document, on the quick path only. */
    static final class QuickStart {
        public static void main(String[] args) {
            System.out.println("valid: " + Validation.defaults().validate(SampleDocuments.caseFileBytes()).isValid());
        }
    }

    /** The application: one pipeline, one valid document, on the quick path and on the full path (Hibernate Validator). */
    static final class Start {
        public static void main(String[] args) throws IOException {
            Validation validation = Validation.defaults();
            ValidationResult result = validation.validate(SampleDocuments.caseFileBytes());
            ValidationResult full = validation.validateTree(RegiekitJson.mapper().readTree(SampleDocuments.caseFileBytes()));
            System.out.println("valid: " + (result.isValid() && full.isValid()));
        }
    }
}
