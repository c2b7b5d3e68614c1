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
 * the verdict; the routes the rules ask for are those of the whole balance. A failure names its seed;
 * rerun it with {@code SampleAssessments.random(new Random(seed), "a")}.
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
        Balance[] change = weighMore(seed, Side.BURDEN);

        assertThat(change[1].burden()).isGreaterThanOrEqualTo(change[0].burden());
        assertThat(change[1].index()).as("seed %d", seed).isLessThanOrEqualTo(change[0].index());
        assertThat(change[1].verdict()).as("seed %d", seed).isGreaterThanOrEqualTo(change[0].verdict());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void addingProtectionNeverLowersTheIndex(long seed) {
        Balance[] change = weighMore(seed, Side.CAPACITY);

        assertThat(change[1].capacity()).isGreaterThanOrEqualTo(change[0].capacity());
        assertThat(change[1].index()).as("seed %d", seed).isGreaterThanOrEqualTo(change[0].index());
        assertThat(change[1].verdict()).as("seed %d", seed).isLessThanOrEqualTo(change[0].verdict());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theRulesSuggestTheRoutesOfTheWholeBalance(long seed) {
        Assessment assessment = SampleAssessments.random(new Random(seed), "a-" + seed);

        assertThat(SCORING.suggestions(assessment)).as("seed %d", seed)
            .isEqualTo(SCORING.score(assessment).suggestions());
    }

    @org.junit.jupiter.api.Test
    void theGeneratedAssessmentsSuggestEveryRoute() {
        // Else the comparison above would hold for assessments that suggest little.
        assertThat(seeds().flatMap(seed -> SCORING.suggestions(SampleAssessments.random(new Random(seed), "a"))
            .stream()).map(Suggestion::route).distinct()).containsExactlyInAnyOrder(InterventionRoute.values());
    }

    @org.junit.jupiter.api.Test
    void theGeneratedChangesMoveTheIndexMostOfTheTime() {
        long moved = seeds().filter(seed -> {
            Balance[] change = weighMore(seed, Side.BURDEN);
            return change[1].index() < change[0].index();
        }).count();

        assertThat(moved).as("seeds whose added burden lowered the index").isGreaterThan(400);
    }

    /** The balance of the assessment of {@code seed} before and after one factor of {@code side} weighs more. */
    private static Balance[] weighMore(long seed, Side side) {
        Random random = new Random(seed);
        Assessment before = SampleAssessments.random(random, "a-" + seed);
        return new Balance[] {SCORING.score(before), SCORING.score(heavier(before, side, random))};
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
