package nl.regiekit.balance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over seeded, generated assessments ({@link SampleAssessments#random}): adding burden
 * never raises the index nor improves the verdict; adding protection never lowers it nor worsens
 * the verdict. A failure names its seed; rerun it with {@code SampleAssessments.random(new Random(seed), "a")}.
 */
class MonotonicityTests {

    private static final BalanceScoring SCORING = BalanceScoring.defaults();
    private static final long FIRST_SEED = 20_261_123L;

    static Stream<Long> seeds() {
        return Stream.iterate(FIRST_SEED, seed -> seed + 1).limit(500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingBurdenNeverRaisesTheIndex(long seed) {
        Random random = new Random(seed);
        Assessment before = SampleAssessments.random(random, "a-" + seed);
        Assessment after = heavier(before, Side.BURDEN, random);

        Balance was = SCORING.score(before);
        Balance is = SCORING.score(after);
        assertThat(is.burden()).isGreaterThanOrEqualTo(was.burden());
        assertThat(is.index()).as("seed %d", seed).isLessThanOrEqualTo(was.index());
        assertThat(is.verdict().ordinal()).as("seed %d", seed).isGreaterThanOrEqualTo(was.verdict().ordinal());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingProtectionNeverLowersTheIndex(long seed) {
        Random random = new Random(seed);
        Assessment before = SampleAssessments.random(random, "a-" + seed);
        Assessment after = heavier(before, Side.CAPACITY, random);

        Balance was = SCORING.score(before);
        Balance is = SCORING.score(after);
        assertThat(is.capacity()).isGreaterThanOrEqualTo(was.capacity());
        assertThat(is.index()).as("seed %d", seed).isGreaterThanOrEqualTo(was.index());
        assertThat(is.verdict().ordinal()).as("seed %d", seed).isLessThanOrEqualTo(was.verdict().ordinal());
    }

    /** Raises the score of one factor of {@code side} by 1 to 4 (capped), adding the factor if it was not scored. */
    private static Assessment heavier(Assessment assessment, Side side, Random random) {
        List<Factor> factors = FactorCatalogs.DEFAULT.factors().stream()
            .filter(f -> f.category().side() == side).toList();
        Factor factor = factors.get(random.nextInt(factors.size()));
        int raise = 1 + random.nextInt(BalancePolicy.MAX_SCORE);
        FactorScore current = assessment.scoreOf(factor.id())
            .orElse(new FactorScore(factor.id(), factor.category(), 0, factor.weight(), List.of()));
        return assessment.score(current.withScore(Math.min(BalancePolicy.MAX_SCORE, current.score() + raise)));
    }
}
