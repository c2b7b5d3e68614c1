package nl.regiekit.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.Phase;

/**
 * Scores assessments of the balance model under a {@link BalancePolicy}: totals, index, verdict,
 * breakdown, heaviest burdens, strongest protections and suggested intervention routes; and the
 * trend over a series. Pure computation: no clock, no I/O. Immutable and thread-safe.
 *
 * <p>Routes are suggested as follows (method §8; thresholds from the policy):
 * <ol>
 *   <li>increase skills: tasks weigh on the family and a skill is scored at most {@code weakScore};
 *       driven by the weak skills;</li>
 *   <li>lighten or enrich tasks: a task is scored at least {@code heavyScore}; driven by the heavy tasks;</li>
 *   <li>relieve stress: a risk factor that is not a pathology is scored at least {@code heavyScore};
 *       driven by those stressors;</li>
 *   <li>activate resilience and protection: the verdict is not in balance and a protective factor is
 *       present (scored above 0); driven by the protective factors present;</li>
 *   <li>reduce pathology: a factor its catalogue marks as pathology is scored at least
 *       {@code pathologyScore}; driven by those factors.</li>
 * </ol>
 */
public final class BalanceScoring {

    private static final Comparator<FactorScore> HEAVIEST_FIRST =
        Comparator.comparingInt(FactorScore::weighted).reversed();

    private final BalancePolicy policy;
    private final FactorCatalogs catalogs;

    /**
     * @param policy the thresholds
     * @param catalogs the catalogues that say which factors are pathologies
     * @throws NullPointerException if an argument is null
     */
    public BalanceScoring(BalancePolicy policy, FactorCatalogs catalogs) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
    }

    /** Scoring with {@link BalancePolicy#DEFAULTS} and the built-in catalogue. */
    public static BalanceScoring defaults() {
        return new BalanceScoring(BalancePolicy.DEFAULTS, FactorCatalogs.builtIn());
    }

    /** The policy. */
    public BalancePolicy policy() {
        return policy;
    }

    /**
     * Scores one assessment.
     *
     * @throws NullPointerException if {@code assessment} is null
     */
    public Balance score(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment");
        int capacity = 0;
        int burden = 0;
        Map<FactorCategory, Integer> perCategory = new EnumMap<>(FactorCategory.class);
        Map<Level, Integer> perLevel = new EnumMap<>(Level.class);
        Map<LifeDomainCode, int[]> perDomain = new LinkedHashMap<>();
        for (FactorScore s : assessment.scores()) {
            int weighted = s.weighted();
            boolean isCapacity = s.side() == Side.CAPACITY;
            if (isCapacity) {
                capacity += weighted;
            } else {
                burden += weighted;
            }
            perCategory.merge(s.category(), weighted, Integer::sum);
            s.category().level().ifPresent(level -> perLevel.merge(level, weighted, Integer::sum));
            for (LifeDomainCode domain : s.domains()) {
                perDomain.computeIfAbsent(domain, d -> new int[2])[isCapacity ? 0 : 1] += weighted;
            }
        }
        double index = Balance.index(capacity, burden);
        Verdict verdict = policy.verdict(index);
        List<Balance.CategoryTotal> categories = new ArrayList<>();
        for (FactorCategory category : FactorCategory.values()) {
            categories.add(new Balance.CategoryTotal(category, perCategory.getOrDefault(category, 0)));
        }
        List<Balance.LevelTotal> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            levels.add(new Balance.LevelTotal(level, perLevel.getOrDefault(level, 0)));
        }
        List<Balance.DomainTotal> domains = perDomain.entrySet().stream()
            .map(e -> new Balance.DomainTotal(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Balance(assessment.id(), assessment.date(), capacity, burden, index, verdict, categories, levels,
            domains, top(assessment, Side.BURDEN), top(assessment, Side.CAPACITY), suggest(assessment, verdict));
    }

    /**
     * The intervention routes that {@link #score} suggests for the assessment, without the totals
     * that the balance holds beside them: what the rules need of each assessment.
     */
    List<Suggestion> suggestions(Assessment assessment) {
        int capacity = 0;
        int burden = 0;
        for (FactorScore s : assessment.scores()) {
            if (s.side() == Side.CAPACITY) {
                capacity += s.weighted();
            } else {
                burden += s.weighted();
            }
        }
        return suggest(assessment, policy.verdict(Balance.index(capacity, burden)));
    }

    private List<FactorScore> top(Assessment assessment, Side side) {
        return assessment.scores().stream().filter(s -> s.side() == side && s.score() > 0)
            .sorted(HEAVIEST_FIRST).limit(policy.top()).toList();
    }

    private List<Suggestion> suggest(Assessment assessment, Verdict verdict) {
        Optional<FactorCatalog> catalog = catalogs.find(assessment.catalog());
        Predicate<FactorScore> pathology = s -> catalog.flatMap(c -> c.factor(s.factor())).filter(Factor::pathology)
            .isPresent();
        List<FactorScore> scores = assessment.scores();
        boolean tasksPresent = scores.stream().anyMatch(s -> s.category() == FactorCategory.TASKS && s.score() > 0);
        List<Suggestion> suggestions = new ArrayList<>();
        if (tasksPresent) {
            add(suggestions, InterventionRoute.INCREASE_SKILLS, scores.stream()
                .filter(s -> s.category() == FactorCategory.SKILLS && s.score() <= policy.weakScore())
                .sorted(Comparator.comparingInt(FactorScore::score)).toList());
        }
        add(suggestions, InterventionRoute.LIGHTEN_TASKS, heaviest(scores,
            s -> s.category() == FactorCategory.TASKS && s.score() >= policy.heavyScore()));
        add(suggestions, InterventionRoute.RELIEVE_STRESS, heaviest(scores,
            s -> s.category().isRisk() && s.score() >= policy.heavyScore() && !pathology.test(s)));
        if (verdict != Verdict.IN_BALANCE) {
            add(suggestions, InterventionRoute.ACTIVATE_PROTECTION, heaviest(scores,
                s -> s.category().isProtective() && s.score() > 0));
        }
        add(suggestions, InterventionRoute.REDUCE_PATHOLOGY, heaviest(scores,
            s -> s.score() >= policy.pathologyScore() && pathology.test(s)));
        return suggestions;
    }

    private static List<FactorScore> heaviest(List<FactorScore> scores, Predicate<FactorScore> filter) {
        return scores.stream().filter(filter).sorted(HEAVIEST_FIRST).toList();
    }

    private static void add(List<Suggestion> suggestions, InterventionRoute route, List<FactorScore> drivers) {
        if (!drivers.isEmpty()) {
            suggestions.add(new Suggestion(route, drivers.stream().map(FactorScore::factor).toList()));
        }
    }

    /**
     * The trend over a series of assessments of one subject (the family, or one member), oldest first.
     *
     * @param assessments the assessments, in any order
     * @param phaseOn the case's phase on a date, for the summary per phase; {@code d -> Optional.empty()} if unknown
     * @throws NullPointerException if an argument is null
     */
    public Trend trend(List<Assessment> assessments, Function<LocalDate, Optional<Phase>> phaseOn) {
        Objects.requireNonNull(phaseOn, "phaseOn");
        List<Assessment> sorted = assessments.stream().sorted(Comparator.comparing(Assessment::date)).toList();
        List<Trend.Point> points = new ArrayList<>();
        for (Assessment assessment : sorted) {
            Balance balance = score(assessment);
            double previous = points.isEmpty() ? balance.index() : points.get(points.size() - 1).index();
            points.add(new Trend.Point(assessment.id(), assessment.date(), phaseOn.apply(assessment.date()),
                balance.capacity(), balance.burden(), balance.index(), balance.verdict(), balance.index() - previous));
        }
        return new Trend(points);
    }
}
