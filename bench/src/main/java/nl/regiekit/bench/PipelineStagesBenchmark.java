package nl.regiekit.bench;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;

import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.CasePolicy;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.rules.CaseRules;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.DocumentKind;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import nl.regiekit.json.internal.CodePointSize;
import nl.regiekit.json.internal.Schemas;
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
 * Each stage of the validation pipeline (validatie) on its own, on the same document as
 * {@link PipelineBenchmark}, to show where the pipeline's time and allocation go. A diagnostic,
 * not a target: the schemas come from the loader {@link Validation} uses ({@link Schemas}); the
 * constraint validator is built as {@link Validation} builds it (one {@link ValidatorFactory}
 * with the parameter message interpolator) with the default policy and catalogues. Each stage
 * takes the output of the previous one, made once in setup:
 * <ol>
 *   <li>{@link #parse()}: bytes to tree, the baseline;</li>
 *   <li>{@link #schema()}: the committed JSON Schema on the tree;</li>
 *   <li>{@link #bind()}: the tree to a {@link CaseFile};</li>
 *   <li>{@link #constraints()}: Jakarta Validation (Hibernate Validator) of the case file;</li>
 *   <li>{@link #rules()}: the domain rules ({@link CaseRules});</li>
 *   <li>{@link #pipelineFromTree()}: {@link Validation#validate(JsonNode)}, all but the parse.</li>
 * </ol>
 * A variant of binding shows what skipping the tree would gain: {@link #bindFromBytes()} binds
 * straight from the bytes.
 * JMH instantiates this class; its state is per benchmark (shared by threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PipelineStagesBenchmark {

    /** The document's size in KB (1024 bytes); 20 by default. */
    @Param("20")
    public int sizeKb;

    private byte[] document;
    private JsonMapper mapper;
    private Schema caseFileSchema;
    private Validator validator;
    private CaseRules caseRules;
    private Validation validation;
    private JsonNode tree;
    private CaseFile caseFile;

    /** Creates the state; JMH calls this. */
    public PipelineStagesBenchmark() {
    }

    /**
     * Builds each stage once and runs it once, so that each benchmark gets valid input.
     *
     * @throws IllegalStateException if the document is not valid or a stage disagrees with the pipeline
     */
    @Setup
    public void setUp() {
        document = CaseFiles.ofSize(sizeKb * 1024);
        mapper = RegiekitJson.mapper();
        caseFileSchema = new Schemas().get(DocumentKind.CASE_FILE);
        validator = CodePointSize.validator(Clock.systemDefaultZone());
        caseRules = new CaseRules(CasePolicy.DEFAULTS, LifeDomainCatalogs.builtIn());
        validation = Validation.defaults();

        tree = mapper.readTree(document);
        caseFile = mapper.treeToValue(tree, CaseFile.class);
        if (!caseFileSchema.validate(tree).isEmpty() || !validator.validate(caseFile).isEmpty()
            || !caseRules.check(caseFile.subject()).isEmpty() || !validation.validateTree(tree).findings().isEmpty()) {
            throw new IllegalStateException("generated document has findings; the stages would time refusals");
        }
        if (!caseFile.equals(mapper.readValue(document, CaseFile.class))) {
            throw new IllegalStateException("binding from the bytes does not give the same case file");
        }
    }

    /**
     * Stage 1, the baseline: bytes to tree.
     *
     * @return the tree, so that JMH keeps the work
     */
    @Benchmark
    public JsonNode parse() {
        return mapper.readTree(document);
    }

    /**
     * Stage 2: the JSON Schema on the parsed tree.
     *
     * @return the schema errors (none), so that JMH keeps the work
     */
    @Benchmark
    public List<Error> schema() {
        return caseFileSchema.validate(tree);
    }

    /**
     * Stage 3: binding the tree to the model.
     *
     * @return the case file, so that JMH keeps the work
     */
    @Benchmark
    public CaseFile bind() {
        return mapper.treeToValue(tree, CaseFile.class);
    }

    /**
     * Variant of stage 3: binding straight from the bytes, with no tree.
     *
     * @return the case file, so that JMH keeps the work
     */
    @Benchmark
    public CaseFile bindFromBytes() {
        return mapper.readValue(document, CaseFile.class);
    }

    /**
     * Stage 4: Jakarta Validation of the bound case file.
     *
     * @return the violations (none), so that JMH keeps the work
     */
    @Benchmark
    public Set<ConstraintViolation<CaseFile>> constraints() {
        return validator.validate(caseFile);
    }

    /**
     * Stage 5: the domain rules.
     *
     * @return the findings (none), so that JMH keeps the work
     */
    @Benchmark
    public List<Finding> rules() {
        return caseRules.check(caseFile.subject());
    }

    /**
     * Stages 2 to 5 as the pipeline runs them, with its own glue (finding conversion, logging).
     *
     * @return the result, so that JMH keeps the work
     */
    @Benchmark
    public ValidationResult pipelineFromTree() {
        return validation.validateTree(tree);
    }
}
