package nl.regiekit.casefile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.BalanceCodes;
import nl.regiekit.balance.BalanceRules;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Rule;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.casemodel.rules.CaseCodes;
import nl.regiekit.casemodel.rules.CaseRules;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.GenogramCodes;
import nl.regiekit.genogram.GenogramRules;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.meeting.MeetingCodes;
import nl.regiekit.plan.meeting.MeetingRules;
import nl.regiekit.plan.meeting.Meetings;
import nl.regiekit.plan.monitor.MonitorCodes;
import nl.regiekit.plan.rules.PlanCodes;
import nl.regiekit.plan.rules.PlanRules;

/**
 * The method's quality rules over a whole case file, and over its parts where they stand alone, with
 * an organisation's own rules after them: the case rules (method §3 to §5), the plan rules (§7), the
 * balance and self-reliance rules (§6, §8), the genogram and sociogram rules (§9) and the meeting rules
 * (§10), each a {@link Rule} at the JSON Pointer of the part it checks in the case file ({@code /case},
 * {@code /plans/i}, {@code /assessments/i}, {@code /selfReliance/i}, {@code /genogram},
 * {@code /sociogram}, {@code /meetings}), under the organisation's {@link RuleSettings} (rules switched off
 * or given another severity), applied once over all findings. Made once per configuration:
 * {@link RegiekitConfig#rules()}. Rules return findings and never throw on a case that is incomplete.
 * Immutable and thread-safe when the organisation's own rules are.
 */
public final class CaseFileRules {

    private final List<Rule<CaseFile>> caseFile;
    private final Rule<HelpPlan> plan;
    private final Rule<Meetings> meetings;
    private final Rule<Genogram> genogram;
    private final Rule<Sociogram> sociogram;
    private final BalanceRules balanceRules;
    private final Rule<BalanceParts> balance;
    private final RuleSettings settings;
    private final Set<String> configurable;

    /** The parts of a balance document or of a case file that the balance rules check. */
    private record BalanceParts(List<Assessment> assessments, List<SelfRelianceHistory> histories,
                                Optional<Case> subject) {
    }

    /** The rules under {@code config}: its policy's numbers and settings, its catalogues, clock and own rules. */
    CaseFileRules(RegiekitConfig config) {
        OrganisationPolicy policy = config.policy();
        Catalogues catalogues = config.catalogues();
        CaseRules caseRules = new CaseRules(policy.caseManagement(), policy.consent(), catalogues.lifeDomains(),
            policy.criteria());
        PlanRules planRules = new PlanRules(policy.caseManagement(), policy.plan(), policy.consent(),
            catalogues.lifeDomains(), config.clock());
        GenogramRules genogramRules = new GenogramRules(policy.genogram());
        MeetingRules meetingRules = new MeetingRules(policy.consent(), catalogues.lifeDomains());
        this.balanceRules = new BalanceRules(policy.balance(), catalogues.factors(), catalogues.instruments(),
            catalogues.lifeDomains());
        this.settings = policy.rules();
        List<FindingCode> caseCodes = codes(new CaseCodes.Catalog());
        List<FindingCode> planCodes = codes(new PlanCodes.Catalog());
        List<FindingCode> balanceCodes = codes(new BalanceCodes.Catalog());
        List<FindingCode> genogramCodes = codes(new GenogramCodes.Catalog());
        List<FindingCode> meetingCodes = codes(new MeetingCodes.Catalog());
        this.plan = Rule.of(planCodes, p -> under("/plan", planRules.check(p)));
        this.meetings = Rule.of(meetingCodes, m -> meetingRules.check(m, "/meetings"));
        this.genogram = Rule.of(genogramCodes, g -> under("/genogram", genogramRules.check(g)));
        this.sociogram = Rule.of(genogramCodes, s -> under("/sociogram", genogramRules.check(s)));
        this.balance = Rule.of(balanceCodes, this::balance);
        List<Rule<CaseFile>> all = new ArrayList<>(List.of(
            Rule.of(caseCodes, file -> under("/case", caseRules.check(file.subject()))),
            Rule.of(planCodes, file -> planRules.check(file.subject(), file.plans())),
            Rule.of(balanceCodes, file -> balance(new BalanceParts(file.assessments(), file.selfReliance(),
                Optional.of(file.subject())))),
            Rule.of(genogramCodes, file -> file.genogram()
                .map(g -> under("/genogram", genogramRules.check(g, file.subject().family()))).orElse(List.of())),
            Rule.of(genogramCodes, file -> file.sociogram().map(sociogram::check).orElse(List.of())),
            Rule.of(meetingCodes, file -> file.meetings().map(m -> meetingRules.check(file.subject(), m))
                .orElse(List.of()))));
        all.addAll(config.ownRules());
        this.caseFile = List.copyOf(all);
        Set<String> codes = new TreeSet<>();
        all.forEach(rule -> rule.codes().forEach(code -> codes.add(code.code())));
        new MonitorCodes.Catalog().codes().forEach(code -> codes.add(code.code()));
        this.configurable = Collections.unmodifiableSet(codes);
    }

    private static List<FindingCode> codes(FindingCatalog catalog) {
        return List.copyOf(catalog.codes());
    }

    private static List<Finding> under(String prefix, List<Finding> findings) {
        return findings.stream().map(f -> f.under(prefix)).toList();
    }

    /** The rules over a whole case file, in the order they run: the method's parts, then the organisation's own. */
    public List<Rule<CaseFile>> caseFileRules() {
        return caseFile;
    }

    /**
     * The codes an organisation's {@link RuleSettings} may name: those of every rule here and of the
     * monitor's signals, in code order. The codes of the stages before the rules (encoding, syntax,
     * schema, binding, constraints) are not among them: a document that cannot be read cannot be judged.
     */
    public Set<String> configurable() {
        return configurable;
    }

    /**
     * The findings of every rule over {@code file}, in the order of the rules, under the settings.
     *
     * @throws NullPointerException if {@code file} is null
     */
    public List<Finding> check(CaseFile file) {
        Objects.requireNonNull(file, "file");
        List<Finding> findings = new ArrayList<>();
        caseFile.forEach(rule -> findings.addAll(rule.check(file)));
        return settings.apply(findings);
    }

    /**
     * The plan rules that need no case, over a plan at {@code /plan}.
     *
     * @throws NullPointerException if {@code plan} is null
     */
    public List<Finding> plan(HelpPlan plan) {
        return settings.apply(this.plan.check(plan));
    }

    /**
     * The balance rules that need no case, over assessments at {@code /assessments/i} and self-reliance
     * histories at {@code /selfReliance/i}.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> balance(List<Assessment> assessments, List<SelfRelianceHistory> histories) {
        return settings.apply(balance.check(new BalanceParts(assessments, histories, Optional.empty())));
    }

    /**
     * The meeting rules that need no case, over meetings at {@code /meetings}.
     *
     * @throws NullPointerException if {@code meetings} is null
     */
    public List<Finding> meetings(Meetings meetings) {
        return settings.apply(this.meetings.check(meetings));
    }

    /**
     * The genogram rules that need no family, over a genogram at {@code /genogram}.
     *
     * @throws NullPointerException if {@code genogram} is null
     */
    public List<Finding> genogram(Genogram genogram) {
        return settings.apply(this.genogram.check(genogram));
    }

    /**
     * The sociogram rules, over a sociogram at {@code /sociogram}.
     *
     * @throws NullPointerException if {@code sociogram} is null
     */
    public List<Finding> sociogram(Sociogram sociogram) {
        return settings.apply(this.sociogram.check(sociogram));
    }

    private List<Finding> balance(BalanceParts parts) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < parts.assessments().size(); i++) {
            String base = "/assessments/" + i;
            Assessment assessment = parts.assessments().get(i);
            findings.addAll(parts.subject().map(c -> balanceRules.check(assessment, base, c))
                .orElseGet(() -> balanceRules.check(assessment, base)));
        }
        for (int i = 0; i < parts.histories().size(); i++) {
            String base = "/selfReliance/" + i;
            SelfRelianceHistory history = parts.histories().get(i);
            findings.addAll(parts.subject().map(c -> balanceRules.check(history, base, c))
                .orElseGet(() -> balanceRules.check(history, base)));
        }
        return findings;
    }
}
