package nl.regiekit.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.AssessmentId;
import nl.regiekit.balance.Balance;
import nl.regiekit.balance.BalancePolicy;
import nl.regiekit.balance.BalanceScoring;
import nl.regiekit.balance.Factor;
import nl.regiekit.balance.FactorCatalog;
import nl.regiekit.balance.FactorCatalogId;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.FactorCategory;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.ProfessionalId;
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
 * Scoring one balance-model assessment (balansmeting) of {@code factors} factors, 200 by default:
 * an organisation's catalogue of that many factors, spread over the twelve categories, one in ten
 * a pathology, each scored 0 to 4 with weight 1 to 3 on one or two of fourteen life domains (seeded).
 * <ol>
 *   <li>{@link #baseline()}: the irreducible part, summing the weighted scores per side;</li>
 *   <li>{@link #score()}: {@link BalanceScoring#score}, with breakdown per category, level and
 *       domain, the heaviest and strongest, and the suggested routes.</li>
 * </ol>
 * JMH instantiates this class; its state is per benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BalanceScoringBenchmark {

    /** How many factors the assessment scores; 200 by default. */
    @Param("200")
    public int factors;

    private Assessment assessment;
    private BalanceScoring scoring;

    /** Creates the state; JMH calls this. */
    public BalanceScoringBenchmark() {
    }

    /** Builds the catalogue and the assessment. */
    @Setup
    public void setUp() {
        Random random = new Random(20_261_123L);
        FactorCategory[] categories = FactorCategory.values();
        List<Factor> catalogue = new ArrayList<>();
        List<FactorScore> scores = new ArrayList<>();
        for (int i = 0; i < factors; i++) {
            FactorCategory category = categories[i % categories.length];
            int weight = 1 + random.nextInt(3);
            Factor factor = new Factor(FactorId.of("f-" + i), category, "Factor " + i, "Factor " + i, weight,
                i % 10 == 0);
            catalogue.add(factor);
            List<LifeDomainCode> domains = new ArrayList<>();
            domains.add(LifeDomainCode.of("d-" + random.nextInt(14)));
            if (random.nextBoolean()) {
                LifeDomainCode second = LifeDomainCode.of("d-" + random.nextInt(14));
                if (!domains.contains(second)) {
                    domains.add(second);
                }
            }
            scores.add(new FactorScore(factor.id(), category, random.nextInt(5), weight, domains));
        }
        FactorCatalog own = new FactorCatalog(FactorCatalogId.of("bench:factors"), "1", "Bench", "Bench", catalogue);
        scoring = new BalanceScoring(BalancePolicy.DEFAULTS, FactorCatalogs.builtIn().with(own));
        assessment = new Assessment(AssessmentId.of("a-bench"), LocalDate.of(2026, 1, 1), ProfessionalId.of("cm-1"),
            Optional.empty(), own.id(), own.version(), scores, Optional.empty());
    }

    /** The baseline: the two totals, nothing else. */
    @Benchmark
    public long baseline() {
        int capacity = 0;
        int burden = 0;
        for (FactorScore score : assessment.scores()) {
            if (score.side() == nl.regiekit.balance.Side.CAPACITY) {
                capacity += score.weighted();
            } else {
                burden += score.weighted();
            }
        }
        return ((long) capacity << 32) | burden;
    }

    /** The whole scoring of one assessment. */
    @Benchmark
    public Balance score() {
        return scoring.score(assessment);
    }
}
