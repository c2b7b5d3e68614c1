package nl.regiekit.balance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.regiekit.balance.selfreliance.Instrument;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.balance.selfreliance.SelfRelianceMeasurement;
import nl.regiekit.balance.selfreliance.SelfRelianceScore;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.casemodel.finding.Rule;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.casemodel.rules.CaseCodes;

/**
 * The rules of the balance model, one {@link Rule} per check ({@link #rules()}): assessments against their
 * factor catalogue and, inside a case file, against the case's family and life-domain catalogue;
 * self-reliance scores against their instrument; and the suggested intervention routes as findings of
 * kind INFO. Each run checks one {@link Part}, an assessment or a history, each part's findings in the
 * order of the rules. Rules return findings and never throw on case data. Pointers are relative to the
 * document; {@code base} is the pointer of the assessment or history. Immutable and thread-safe.
 */
public final class BalanceRules {

    private final BalanceScoring scoring;
    private final FactorCatalogs catalogs;
    private final Instruments instruments;
    private final LifeDomainCatalogs lifeDomains;
    private final List<Rule<Part>> rules;

    /**
     * @throws NullPointerException if an argument is null
     */
    public BalanceRules(BalancePolicy policy, FactorCatalogs catalogs, Instruments instruments,
                        LifeDomainCatalogs lifeDomains) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.scoring = new BalanceScoring(policy, catalogs);
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.lifeDomains = Objects.requireNonNull(lifeDomains, "lifeDomains");
        this.rules = List.of(
            assessment("an assessment's factor catalogue is known, in the version it was made with",
                List.of(BalanceCodes.CATALOG_UNKNOWN, BalanceCodes.CATALOG_VERSION), this::catalogue),
            assessment("every factor scored is in the catalogue, in its category",
                List.of(BalanceCodes.FACTOR_UNKNOWN, BalanceCodes.CATEGORY_MISMATCH), this::factors),
            assessment("an assessment scores something, and some capacity",
                List.of(BalanceCodes.NO_SCORES, BalanceCodes.NO_CAPACITY), BalanceRules::scores),
            assessment("suggests the intervention routes an assessment's balance calls for",
                List.of(BalanceCodes.ROUTE_INCREASE_SKILLS, BalanceCodes.ROUTE_LIGHTEN_TASKS,
                    BalanceCodes.ROUTE_RELIEVE_STRESS, BalanceCodes.ROUTE_ACTIVATE_PROTECTION,
                    BalanceCodes.ROUTE_REDUCE_PATHOLOGY), this::routes),
            Rule.adding("every member assessed or measured is of the case's family",
                List.of(BalanceCodes.MEMBER_UNKNOWN), BalanceRules::members),
            Rule.adding("every life domain an assessment names is in the case's catalogue",
                List.of(CaseCodes.UNKNOWN_LIFE_DOMAIN), this::domains),
            history("a self-reliance instrument is known, in the version it was measured with",
                List.of(BalanceCodes.INSTRUMENT_UNKNOWN, BalanceCodes.INSTRUMENT_VERSION), this::instrument),
            history("every score is on one of the instrument's domains, at one of its levels",
                List.of(BalanceCodes.INSTRUMENT_DOMAIN_UNKNOWN, BalanceCodes.INSTRUMENT_LEVEL), this::levels),
            history("a fall in self-reliance from one measurement to the next is noted",
                List.of(BalanceCodes.SELF_RELIANCE_DECLINED), this::declines));
    }

    /** Rules with the default policy and the built-in catalogues and instruments. */
    public static BalanceRules defaults() {
        return new BalanceRules(BalancePolicy.DEFAULTS, FactorCatalogs.builtIn(), Instruments.builtIn(),
            LifeDomainCatalogs.builtIn());
    }

    /** The scoring these rules suggest routes with. */
    public BalanceScoring scoring() {
        return scoring;
    }

    /** The rules, in the order they run: one per check. */
    public List<Rule<Part>> rules() {
        return rules;
    }

    /**
     * What one run of the rules checks: an assessment or a self-reliance history at its pointer, with the
     * case it is in, if any. Immutable.
     *
     * @param base the pointer of the assessment or history in its document; never null
     * @param assessment the assessment, or empty for a history; never null
     * @param history the history, or empty for an assessment; never null
     * @param subject the case, empty for a document without one; never null
     */
    public record Part(String base, Optional<Assessment> assessment, Optional<SelfRelianceHistory> history,
                       Optional<Case> subject) {

        /** @throws NullPointerException if an argument is null */
        public Part {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(subject, "subject");
        }

        /** An assessment at {@code base}, in {@code subject} if there is one. */
        public static Part of(Assessment assessment, String base, Optional<Case> subject) {
            return new Part(base, Optional.of(assessment), Optional.empty(), subject);
        }

        /** A self-reliance history at {@code base}, in {@code subject} if there is one. */
        public static Part of(SelfRelianceHistory history, String base, Optional<Case> subject) {
            return new Part(base, Optional.empty(), Optional.of(history), subject);
        }
    }

    /**
     * Checks an assessment on its own, and suggests intervention routes.
     *
     * @param base the pointer of the assessment in its document
     */
    public List<Finding> check(Assessment assessment, String base) {
        return RuleSettings.DEFAULTS.run(rules, Part.of(assessment, base, Optional.empty()));
    }

    /**
     * Checks an assessment inside a case file: the rules of {@link #check(Assessment, String)}, the
     * member it concerns belongs to the family, and every life domain is in the case's catalogue.
     */
    public List<Finding> check(Assessment assessment, String base, Case subject) {
        return RuleSettings.DEFAULTS.run(rules, Part.of(assessment, base, Optional.of(subject)));
    }

    /**
     * Checks self-reliance scores: the instrument is known, every domain is the instrument's and
     * every level on its scale; a fall in level between two measurements of a subject is noted.
     *
     * @param base the pointer of the history in its document
     */
    public List<Finding> check(SelfRelianceHistory history, String base) {
        return RuleSettings.DEFAULTS.run(rules, Part.of(history, base, Optional.empty()));
    }

    /** Checks self-reliance scores inside a case file: also that every member measured belongs to the family. */
    public List<Finding> check(SelfRelianceHistory history, String base, Case subject) {
        return RuleSettings.DEFAULTS.run(rules, Part.of(history, base, Optional.of(subject)));
    }

    /** One check over an assessment at its pointer. */
    @FunctionalInterface
    private interface Check<T> {
        void check(T checked, String base, List<Finding> findings);
    }

    private static Rule<Part> assessment(String description, List<FindingCode> codes, Check<Assessment> check) {
        return Rule.adding(description, codes, (part, findings) -> part.assessment()
            .ifPresent(a -> check.check(a, part.base(), findings)));
    }

    private static Rule<Part> history(String description, List<FindingCode> codes,
                                      Check<SelfRelianceHistory> check) {
        return Rule.adding(description, codes, (part, findings) -> part.history()
            .ifPresent(h -> check.check(h, part.base(), findings)));
    }

    private void catalogue(Assessment assessment, String base, List<Finding> findings) {
        Optional<FactorCatalog> catalog = catalogs.find(assessment.catalog());
        if (catalog.isEmpty()) {
            findings.add(Finding.about(BalanceCodes.CATALOG_UNKNOWN, base + "/catalog", assessment.id(),
                assessment.catalog()));
        } else if (!catalog.get().version().equals(assessment.catalogVersion())) {
            findings.add(Finding.about(BalanceCodes.CATALOG_VERSION, base + "/catalogVersion", assessment.id(),
                assessment.catalog()));
        }
    }

    private void factors(Assessment assessment, String base, List<Finding> findings) {
        Optional<FactorCatalog> catalog = catalogs.find(assessment.catalog());
        List<FactorScore> scores = assessment.scores();
        for (int i = 0; i < scores.size(); i++) {
            FactorScore score = scores.get(i);
            Optional<Factor> factor = catalog.flatMap(c -> c.factor(score.factor()));
            if (catalog.isPresent() && factor.isEmpty()) {
                findings.add(Finding.about(BalanceCodes.FACTOR_UNKNOWN, Pointer.append(base, "scores", i, "factor"),
                    assessment.id(), score.factor(), assessment.catalog()));
            } else if (factor.isPresent() && factor.get().category() != score.category()) {
                findings.add(Finding.about(BalanceCodes.CATEGORY_MISMATCH,
                    Pointer.append(base, "scores", i, "category"), assessment.id(), score.factor(), score.category(),
                    assessment.catalog(), factor.get().category()));
            }
        }
    }

    private static void scores(Assessment assessment, String base, List<Finding> findings) {
        List<FactorScore> scores = assessment.scores();
        if (scores.stream().allMatch(s -> s.score() == 0)) {
            findings.add(Finding.about(BalanceCodes.NO_SCORES, base + "/scores", assessment.id()));
        } else if (scores.stream().noneMatch(s -> s.side() == Side.CAPACITY && s.score() > 0)) {
            findings.add(Finding.about(BalanceCodes.NO_CAPACITY, base + "/scores", assessment.id()));
        }
    }

    private void routes(Assessment assessment, String base, List<Finding> findings) {
        scoring.suggestions(assessment).forEach(s -> findings.add(s.toFinding(assessment, base)));
    }

    /** The member an assessment concerns, and each member measured, belongs to the family. */
    private static void members(Part part, List<Finding> findings) {
        if (part.subject().isEmpty()) {
            return;
        }
        Set<PersonId> members = part.subject().get().family().memberIds();
        part.assessment().ifPresent(a -> member(a.member(), members, part.base()).ifPresent(findings::add));
        part.history().ifPresent(history -> {
            for (int i = 0; i < history.measurements().size(); i++) {
                member(history.measurements().get(i).member(), members, Pointer.append(part.base(), "measurements", i))
                    .ifPresent(findings::add);
            }
        });
    }

    private void domains(Part part, List<Finding> findings) {
        if (part.subject().isEmpty() || part.assessment().isEmpty()) {
            return;
        }
        Case subject = part.subject().get();
        Assessment assessment = part.assessment().get();
        Optional<LifeDomainCatalog> domains = lifeDomains.find(subject.catalog());
        if (domains.isPresent()) {
            for (int i = 0; i < assessment.scores().size(); i++) {
                List<LifeDomainCode> touched = assessment.scores().get(i).domains();
                for (int j = 0; j < touched.size(); j++) {
                    if (!domains.get().contains(touched.get(j))) {
                        findings.add(Finding.of(CaseCodes.UNKNOWN_LIFE_DOMAIN,
                            Pointer.append(part.base(), "scores", i, "domains", j), touched.get(j), subject.catalog()));
                    }
                }
            }
        }
    }

    private void instrument(SelfRelianceHistory history, String base, List<Finding> findings) {
        Optional<Instrument> found = instruments.find(history.instrument());
        if (found.isEmpty()) {
            findings.add(Finding.of(BalanceCodes.INSTRUMENT_UNKNOWN, base + "/instrument", history.instrument()));
        } else if (!found.get().version().equals(history.instrumentVersion())) {
            findings.add(Finding.of(BalanceCodes.INSTRUMENT_VERSION, base + "/instrumentVersion", found.get().id()));
        }
    }

    private void levels(SelfRelianceHistory history, String base, List<Finding> findings) {
        Optional<Instrument> found = instruments.find(history.instrument());
        if (found.isEmpty()) {
            return;
        }
        Instrument instrument = found.get();
        List<SelfRelianceMeasurement> measurements = history.measurements();
        for (int i = 0; i < measurements.size(); i++) {
            List<SelfRelianceScore> scores = measurements.get(i).scores();
            for (int j = 0; j < scores.size(); j++) {
                SelfRelianceScore score = scores.get(j);
                if (instrument.domain(score.domain()).isEmpty()) {
                    findings.add(Finding.of(BalanceCodes.INSTRUMENT_DOMAIN_UNKNOWN,
                        Pointer.append(base, "measurements", i, "scores", j, "domain"), score.domain(), instrument.id()));
                }
                if (instrument.level(score.level()).isEmpty()) {
                    findings.add(Finding.of(BalanceCodes.INSTRUMENT_LEVEL,
                        Pointer.append(base, "measurements", i, "scores", j, "level"), score.level(), instrument.id()));
                }
            }
        }
    }

    private static Optional<Finding> member(Optional<PersonId> member, Set<PersonId> members, String base) {
        return member.filter(m -> !members.contains(m))
            .map(m -> Finding.of(BalanceCodes.MEMBER_UNKNOWN, base + "/member", m));
    }

    /**
     * A fall in level from one measurement of a subject to its next, at the later score.
     * None for an unknown instrument.
     */
    private void declines(SelfRelianceHistory history, String base, List<Finding> findings) {
        if (instruments.find(history.instrument()).isEmpty()) {
            return;
        }
        List<SelfRelianceMeasurement> measurements = history.measurements();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> measurements.get(a).date().compareTo(measurements.get(b).date()));
        Map<Optional<PersonId>, Map<LifeDomainCode, Integer>> last = new HashMap<>();
        for (int i : order) {
            SelfRelianceMeasurement m = measurements.get(i);
            Map<LifeDomainCode, Integer> before = last.computeIfAbsent(m.member(), k -> new HashMap<>());
            for (int j = 0; j < m.scores().size(); j++) {
                SelfRelianceScore score = m.scores().get(j);
                Integer previous = before.put(score.domain(), score.level());
                if (previous != null && score.level() < previous) {
                    findings.add(Finding.of(BalanceCodes.SELF_RELIANCE_DECLINED,
                        Pointer.append(base, "measurements", i, "scores", j, "level"), score.domain(), previous,
                        score.level()));
                }
            }
        }
    }
}
