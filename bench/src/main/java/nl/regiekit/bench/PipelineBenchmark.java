package nl.regiekit.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validation pipeline (validatie) on one valid case file, against its baseline in the same
 * run: {@link #bareTreeParse()} only parses the bytes into a tree with
 * {@link RegiekitJson#mapper()}; {@link #pipeline()} runs {@link Validation#validate(byte[])}
 * (limits, parse, JSON Schema, binding, Jakarta Validation, domain rules) with one
 * {@link Validation} built in setup. Target: {@code pipeline} at most 4 times
 * {@code bareTreeParse}; with {@code -prof gc}, {@code gc.alloc.rate.norm} of {@code pipeline}
 * at most 10 times the document's size.
 *
 * <p>The document is grown in setup from the demo case file by {@link CaseFiles#ofSize(int)};
 * setup throws {@link IllegalStateException} if it is not within 1 KB of {@link #sizeKb} or if
 * the pipeline finds an error in it, so a benchmark never times the refusal of a broken
 * document. The pipeline reaches its steady state only after about 20 seconds of warm-up (C2
 * compiles a large amount of code on two cores), hence the long default warm-up; with a shorter
 * one ({@code -wi 5 -w 2s}) the figure is still falling. JMH instantiates this class; its state
 * is per benchmark (shared by threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineBenchmark {

    /** The document's size in KB (1024 bytes); 20 by default. */
    @Param("20")
    public int sizeKb;

    private byte[] document;
    private JsonMapper mapper;
    private Validation validation;

    /** Creates the state; JMH calls this. */
    public PipelineBenchmark() {
    }

    /**
     * Grows the document, builds the mapper and the pipeline once, and checks the document.
     *
     * @throws IllegalStateException if the document is not within 1 KB of the size or is not valid
     */
    @Setup
    public void setUp() {
        document = CaseFiles.ofSize(sizeKb * 1024);
        int min = (sizeKb - 1) * 1024;
        int max = (sizeKb + 1) * 1024;
        if (document.length < min || document.length > max) {
            throw new IllegalStateException("document is " + document.length + " bytes, not " + min + ".." + max);
        }
        mapper = RegiekitJson.mapper();
        validation = Validation.defaults();
        ValidationResult result = validation.validate(document);
        List<Finding> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty() || result.document().isEmpty()) {
            throw new IllegalStateException("generated document is not valid: " + errors);
        }
        // JMH shows a fork's output: the size to divide gc.alloc.rate.norm by.
        System.out.println("document: " + document.length + " bytes, " + result.findings().size() + " findings");
    }

    /**
     * The baseline: the bytes parsed into a tree, as the pipeline's first step does.
     *
     * @return the tree, so that JMH keeps the work
     */
    @Benchmark
    public JsonNode bareTreeParse() {
        return mapper.readTree(document);
    }

    /**
     * The whole validation pipeline on the same bytes.
     *
     * @return the result, so that JMH keeps the work
     */
    @Benchmark
    public ValidationResult pipeline() {
        return validation.validate(document);
    }
}
