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
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.casemodel.rules.CaseCodes;

/**
 * The rules of the balance model: assessments against their factor catalogue and, inside a case
 * file, against the case's family and life-domain catalogue; self-reliance scores against their
 * instrument; and the suggested intervention routes as findings of kind INFO. Rules return
 * findings and never throw on case data. Pointers are relative to the document; {@code base} is
 * the pointer of the assessment or history. Immutable and thread-safe.
 */
public final class BalanceRules {

    private final BalanceScoring scoring;
    private final FactorCatalogs catalogs;
    private final Instruments instruments;
    private final LifeDomainCatalogs lifeDomains;

    /**
     * @throws NullPointerException if an argument is null
     */
    public BalanceRules(BalancePolicy policy, FactorCatalogs catalogs, Instruments instruments,
                        LifeDomainCatalogs lifeDomains) {
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.scoring = new BalanceScoring(policy, catalogs);
        this.instruments = Objects.requireNonNull(instruments, "instruments");
        this.lifeDomains = Objects.requireNonNull(lifeDomains, "lifeDomains");
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

    /**
     * Checks an assessment on its own, and suggests intervention routes.
     *
     * @param base the pointer of the assessment in its document
     */
    public List<Finding> check(Assessment assessment, String base) {
        List<Finding> findings = new ArrayList<>();
        Optional<FactorCatalog> catalog = catalogs.find(assessment.catalog());
        if (catalog.isEmpty()) {
            findings.add(Finding.about(BalanceCodes.CATALOG_UNKNOWN, base + "/catalog", assessment.id(),
                assessment.catalog()));
        } else if (!catalog.get().version().equals(assessment.catalogVersion())) {
            findings.add(Finding.about(BalanceCodes.CATALOG_VERSION, base + "/catalogVersion", assessment.id(),
                assessment.catalog()));
        }
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
        if (scores.stream().allMatch(s -> s.score() == 0)) {
            findings.add(Finding.about(BalanceCodes.NO_SCORES, base + "/scores", assessment.id()));
        } else if (scores.stream().noneMatch(s -> s.side() == Side.CAPACITY && s.score() > 0)) {
            findings.add(Finding.about(BalanceCodes.NO_CAPACITY, base + "/scores", assessment.id()));
        }
        scoring.score(assessment).suggestions().forEach(s -> findings.add(s.toFinding(assessment, base)));
        return findings;
    }

    /**
     * Checks an assessment inside a case file: the rules of {@link #check(Assessment, String)}, the
     * member it concerns belongs to the family, and every life domain is in the case's catalogue.
     */
    public List<Finding> check(Assessment assessment, String base, Case subject) {
        List<Finding> findings = new ArrayList<>(check(assessment, base));
        member(assessment.member(), subject.family().memberIds(), base).ifPresent(findings::add);
        Optional<LifeDomainCatalog> domains = lifeDomains.find(subject.catalog());
        if (domains.isPresent()) {
            for (int i = 0; i < assessment.scores().size(); i++) {
                List<LifeDomainCode> touched = assessment.scores().get(i).domains();
                for (int j = 0; j < touched.size(); j++) {
                    if (!domains.get().contains(touched.get(j))) {
                        findings.add(Finding.of(CaseCodes.UNKNOWN_LIFE_DOMAIN,
                            Pointer.append(base, "scores", i, "domains", j), touched.get(j), subject.catalog()));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * Checks self-reliance scores: the instrument is known, every domain is the instrument's and
     * every level on its scale; a fall in level between two measurements of a subject is noted.
     *
     * @param base the pointer of the history in its document
     */
    public List<Finding> check(SelfRelianceHistory history, String base) {
        List<Finding> findings = new ArrayList<>();
        Optional<Instrument> found = instruments.find(history.instrument());
        if (found.isEmpty()) {
            findings.add(Finding.of(BalanceCodes.INSTRUMENT_UNKNOWN, base + "/instrument", history.instrument()));
            return findings;
        }
        Instrument instrument = found.get();
        if (!instrument.version().equals(history.instrumentVersion())) {
            findings.add(Finding.of(BalanceCodes.INSTRUMENT_VERSION, base + "/instrumentVersion", instrument.id()));
        }
        List<SelfRelianceMeasurement> measurements = history.measurements();
        for (int i = 0; i < measurements.size(); i++) {
            List<SelfRelianceScore> scores = measurements.get(i).scores();
            for (int j = 0; j < scores.size(); j++) {
                SelfRelianceScore score = scores.get(j);
                String at = Pointer.append(base, "measurements", i, "scores", j);
                if (instrument.domain(score.domain()).isEmpty()) {
                    findings.add(Finding.of(BalanceCodes.INSTRUMENT_DOMAIN_UNKNOWN, at + "/domain", score.domain(),
                        instrument.id()));
                }
                if (instrument.level(score.level()).isEmpty()) {
                    findings.add(Finding.of(BalanceCodes.INSTRUMENT_LEVEL, at + "/level", score.level(),
                        instrument.id()));
                }
            }
        }
        findings.addAll(declines(history, base));
        return findings;
    }

    /** Checks self-reliance scores inside a case file: also that every member measured belongs to the family. */
    public List<Finding> check(SelfRelianceHistory history, String base, Case subject) {
        List<Finding> findings = new ArrayList<>(check(history, base));
        Set<PersonId> members = subject.family().memberIds();
        for (int i = 0; i < history.measurements().size(); i++) {
            member(history.measurements().get(i).member(), members, Pointer.append(base, "measurements", i))
                .ifPresent(findings::add);
        }
        return findings;
    }

    private static Optional<Finding> member(Optional<PersonId> member, Set<PersonId> members, String base) {
        return member.filter(m -> !members.contains(m))
            .map(m -> Finding.of(BalanceCodes.MEMBER_UNKNOWN, base + "/member", m));
    }

    /** A fall in level from one measurement of a subject to its next, at the later score. */
    private static List<Finding> declines(SelfRelianceHistory history, String base) {
        List<Finding> findings = new ArrayList<>();
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
        return findings;
    }
}
