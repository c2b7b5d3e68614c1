package nl.regiekit.bench;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import nl.regiekit.json.Limits;
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

/**
 * The bound on the work of one hostile document: {@link Validation#validate(byte[])} on documents of
 * the full 2 MB size limit, each shaped to cost as much as it can (the shapes of the json module's
 * {@code HostileDocumentsTests}): a million zeros or empty texts where objects belong, 200,000
 * unknown fields, half a million blank texts, the most objects the container limit allows, and
 * 10,000 well-formed members of a family without a referral. The fork runs with a 64 MB heap
 * ({@code -Xmx64m}), the bound the tests hold the pipeline to; {@code -prof gc} gives the
 * allocation per document. The baseline, the shape {@code valid} (a valid case file of the same size
 * grown from the demo, {@link CaseFiles#ofSize(int)}), is not run by default: bound to the model it
 * does not fit in 64 MB without collecting most of the time; run it with a heap of its own,
 * {@code -p shape=valid -jvmArgsAppend -Xmx512m}. Setup throws
 * {@link IllegalStateException} if a document is not within 2 KB of the limit, or if the valid one
 * is refused or a hostile one is not. JMH instantiates this class; its state is per benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HostileDocumentsBenchmark {

    private static final String CASE = "{\"kind\":\"regiekit/case-file\",\"schemaVersion\":\"1.0\",\"case\":{\"id\":\"c\","
        + "\"catalog\":\"regiekit:active-case-management\",";
    private static final String MEMBERS = CASE + "\"family\":{\"members\":[";
    private static final String SIGNALS = CASE + "\"family\":{\"members\":[],\"households\":[]},"
        + "\"referral\":{\"date\":\"2025-01-01\",\"signals\":[";

    /** The document's shape; {@code valid} for the baseline. */
    @Param({"zeros", "empty-texts", "blank-texts", "unknown-fields", "empty-members", "members"})
    public String shape;

    private byte[] document;
    private Validation validation;

    /** Creates the state; JMH calls this. */
    public HostileDocumentsBenchmark() {
    }

    /**
     * Builds the document and the pipeline once, and checks the pipeline's verdict.
     *
     * @throws IllegalStateException if the document is not of the full size, the valid one is refused or a
     *     hostile one is valid
     */
    @Setup
    public void setUp() {
        document = switch (shape) {
            case "valid" -> CaseFiles.ofSize(Limits.DEFAULTS.maxBytes() - 1024);
            case "zeros" -> filled(MEMBERS, n -> "0", "]}}}");
            case "empty-texts" -> filled(SIGNALS, n -> "\"\"", "]},\"team\":{}}}");
            case "blank-texts" -> filled(SIGNALS, n -> "\" \"", "]},\"team\":{}}}");
            case "unknown-fields" -> filled(CASE + "\"family\":{\"members\":[],\"households\":[]},\"referral\":"
                + "{\"date\":\"2025-01-01\"},\"team\":{", n -> "\"k" + Integer.toString(n, 36) + "\":0", "}}}");
            case "empty-members" -> filled(MEMBERS, n -> "{}", "]}}}");
            case "members" -> filled(MEMBERS, n -> "{\"person\":{\"id\":\"p" + n + "\",\"name\":{\"given\":\"A\","
                + "\"family\":\"B\"},\"birthDate\":\"2000-01-01\",\"gender\":\"MALE\"},\"role\":\"PARENT\"}", "]}}}");
            default -> throw new IllegalStateException("unknown shape " + shape);
        };
        if (document.length < Limits.DEFAULTS.maxBytes() - 2048 || document.length > Limits.DEFAULTS.maxBytes()) {
            throw new IllegalStateException(shape + " document is " + document.length + " bytes");
        }
        validation = Validation.defaults();
        ValidationResult result = validation.validate(document);
        if (result.isValid() != shape.equals("valid")) {
            throw new IllegalStateException("the " + shape + " document is " + (result.isValid() ? "" : "not ") + "valid");
        }
        // JMH shows a fork's output: what the pipeline answered, and the heap it had.
        System.out.println(shape + ": " + document.length + " bytes, " + result.findings().size() + " findings, max heap "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }

    /** {@code head}, units joined by commas while they fit in the size limit, and {@code tail}: 2 MB of one shape. */
    private static byte[] filled(String head, IntFunction<String> unit, String tail) {
        StringJoiner units = new StringJoiner(",", head, tail);
        int room = Limits.DEFAULTS.maxBytes() - head.length() - tail.length() + 1;  // the first unit has no comma
        for (int n = 0; room >= unit.apply(n).length() + 1; n++) {
            String next = unit.apply(n);
            room -= next.length() + 1;
            units.add(next);
        }
        return units.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The pipeline on the document.
     *
     * @return the result, so that JMH keeps the work
     */
    @Benchmark
    public ValidationResult validate() {
        return validation.validate(document);
    }
}
