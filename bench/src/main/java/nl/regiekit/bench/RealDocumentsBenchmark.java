package nl.regiekit.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.casefile.RegiekitConfig;
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
 * The validation pipeline (validatie) on real case files (dossiers), against a bare parse of the
 * same bytes in the same run: the current demo case file ({@link CaseFiles#current()}, about
 * 45 KB: case, plan, assessments, self-reliance, genogram, sociogram, ecogram, meetings) and the
 * same grown to 200 KB and 2 MB ({@link CaseFiles#currentOfSize(int)}), each valid
 * ({@code variant=valid}) and with one error near its end: a text too long
 * ({@code variant=late-error}, {@link CaseFiles#withLateError(byte[])}), which the quick path states as
 * the schema would, or a property no schema knows ({@code variant=late-unknown},
 * {@link CaseFiles#withLateUnknownField(byte[])}), which binding refuses and the full path (tree and
 * schema) reports.
 * {@link #bareTreeParse()} is {@code readTree} with {@link RegiekitJson#mapper()};
 * {@link #validate()} is {@link Validation#validate(byte[])} with one pipeline built in setup, its
 * clock on 1 February 2026. Targets (issue 19): {@code validate} within 2 times
 * {@code bareTreeParse} for a valid document, within 4 times with a late error, and at most 5
 * times the document's bytes allocated ({@code -prof gc}, {@code gc.alloc.rate.norm}); the ratio
 * at 2 MB no worse than on the demo file. {@link RealDocumentsRatios} runs it and prints the ratios.
 *
 * <p>Setup throws {@link IllegalStateException} unless a valid document has no error and no
 * finding of a code the demo case file does not give as well (the grown content is as clean as
 * the demo), and unless a late error gives exactly one error, in the last care conference.
 * JMH instantiates this class; its state is per benchmark (shared by threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RealDocumentsBenchmark {

    /** The day the pipeline's clock stands on. */
    static final LocalDate TODAY = LocalDate.of(2026, 2, 1);

    /** The document: {@code demo} (the current demo case file), or its size in KB when grown. */
    @Param({"demo", "200", "2000"})
    public String document;

    /** {@code valid}, or {@code late-error} or {@code late-unknown} for the document with one error near its end. */
    @Param({"valid", "late-error", "late-unknown"})
    public String variant;

    private byte[] bytes;
    private JsonMapper mapper;
    private Validation validation;

    /** Creates the state; JMH calls this. */
    public RealDocumentsBenchmark() {
    }

    /**
     * Builds the document and the pipeline once and checks the document.
     *
     * @throws IllegalStateException if a valid document has findings the demo has not, or the late
     *     error is not found as one error
     */
    @Setup
    public void setUp() {
        validation = pipeline();
        mapper = RegiekitJson.mapper();
        byte[] valid = document(document);
        Set<String> demoCodes = codes(validation.validate(CaseFiles.current()));
        ValidationResult result = validation.validate(valid);
        Set<String> codes = codes(result);
        if (!errors(result).isEmpty() || result.document().isEmpty() || !demoCodes.containsAll(codes)) {
            throw new IllegalStateException("grown document is not as clean as the demo: " + errors(result)
                + ", codes " + codes + " against the demo's " + demoCodes);
        }
        bytes = bytes(valid, variant);
        if (!variant.equals("valid")) {
            result = validation.validate(bytes);
            List<Finding> errors = errors(result);
            if (errors.size() != 1 || !errors.get(0).pointer().startsWith("/meetings/careConferences/")) {
                throw new IllegalStateException("the late error is not found as one error: " + errors);
            }
        }
        // JMH shows a fork's output: the size to divide gc.alloc.rate.norm by.
        System.out.println("document: " + bytes.length + " bytes, " + result.findings().size() + " findings");
    }

    /** The pipeline the benchmark times: the defaults, the clock on {@link #TODAY}. */
    static Validation pipeline() {
        return Validation.builder().config(RegiekitConfig.defaults()
            .withClock(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))).build();
    }

    /**
     * The document {@code valid} as {@code variant} makes it: as it is ({@code valid}), or with a late
     * error ({@code late-error}, {@code late-unknown}).
     *
     * @throws IllegalStateException if the variant is none of these
     */
    static byte[] bytes(byte[] valid, String variant) {
        return switch (variant) {
            case "valid" -> valid;
            case "late-error" -> CaseFiles.withLateError(valid);
            case "late-unknown" -> CaseFiles.withLateUnknownField(valid);
            default -> throw new IllegalStateException("variant must be valid, late-error or late-unknown: " + variant);
        };
    }

    /** The valid document named by {@code document}: {@code demo} or a size in KB. */
    static byte[] document(String document) {
        return document.equals("demo") ? CaseFiles.current() : CaseFiles.currentOfSize(Integer.parseInt(document) * 1024);
    }

    private static List<Finding> errors(ValidationResult result) {
        return result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static Set<String> codes(ValidationResult result) {
        return result.findings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The baseline: the same bytes parsed into a tree.
     *
     * @return the tree, so that JMH keeps the work
     */
    @Benchmark
    public JsonNode bareTreeParse() {
        return mapper.readTree(bytes);
    }

    /**
     * The whole validation pipeline on the bytes.
     *
     * @return the result, so that JMH keeps the work
     */
    @Benchmark
    public ValidationResult validate() {
        return validation.validate(bytes);
    }
}
