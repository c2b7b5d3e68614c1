package nl.regiekit.casefile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.BalanceRules;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.casemodel.rules.CaseRules;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.GenogramRules;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.meeting.MeetingRules;
import nl.regiekit.plan.meeting.Meetings;
import nl.regiekit.plan.rules.PlanRules;

/**
 * The method's quality rules over a whole case file, and over its parts where they stand alone: the
 * case rules (method §3 to §5), the plan rules (§7), the balance and self-reliance rules (§6, §8), the
 * genogram and sociogram rules (§9) and the meeting rules (§10), each at the JSON Pointer of the part
 * it checks in the case file ({@code /case}, {@code /plans/i}, {@code /assessments/i},
 * {@code /selfReliance/i}, {@code /genogram}, {@code /sociogram}, {@code /meetings}), under the
 * organisation's {@link RuleSettings} (rules switched off or given another severity). Rules return
 * findings and never throw on a case that is incomplete. Immutable and thread-safe when the rule sets
 * given are, as the library's own are.
 */
public final class CaseFileRules {

    private final CaseRules caseRules;
    private final PlanRules planRules;
    private final BalanceRules balanceRules;
    private final GenogramRules genogramRules;
    private final MeetingRules meetingRules;
    private final RuleSettings settings;

    /**
     * The composition of these rule sets, every rule on at its code's severity.
     *
     * @throws NullPointerException if an argument is null
     */
    public CaseFileRules(CaseRules caseRules, PlanRules planRules, BalanceRules balanceRules,
                         GenogramRules genogramRules, MeetingRules meetingRules) {
        this(caseRules, planRules, balanceRules, genogramRules, meetingRules, RuleSettings.DEFAULTS);
    }

    private CaseFileRules(CaseRules caseRules, PlanRules planRules, BalanceRules balanceRules,
                          GenogramRules genogramRules, MeetingRules meetingRules, RuleSettings settings) {
        this.caseRules = Objects.requireNonNull(caseRules, "caseRules");
        this.planRules = Objects.requireNonNull(planRules, "planRules");
        this.balanceRules = Objects.requireNonNull(balanceRules, "balanceRules");
        this.genogramRules = Objects.requireNonNull(genogramRules, "genogramRules");
        this.meetingRules = Objects.requireNonNull(meetingRules, "meetingRules");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Every rule set under an organisation's policy: its sections' numbers and its rule settings, with
     * these catalogues and "today" from {@code clock}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static CaseFileRules of(OrganisationPolicy policy, LifeDomainCatalogs catalogs, FactorCatalogs factors,
                                   Instruments instruments, Clock clock) {
        return new CaseFileRules(new CaseRules(policy.caseManagement(), catalogs, policy.criteria()),
            new PlanRules(policy.caseManagement(), policy.plan(), policy.consent(), catalogs, clock),
            new BalanceRules(policy.balance(), factors, instruments, catalogs),
            new GenogramRules(policy.genogram()), new MeetingRules(), policy.rules());
    }

    /**
     * Every rule set with its default policy, the catalogues found on the class or module path and
     * "today" from {@code clock}.
     *
     * @throws NullPointerException if {@code clock} is null
     */
    public static CaseFileRules defaults(Clock clock) {
        return new CaseFileRules(CaseRules.defaults(), PlanRules.defaults(clock), BalanceRules.defaults(),
            GenogramRules.defaults(), new MeetingRules());
    }

    /**
     * The findings of every rule over {@code file}, in the order of its parts.
     *
     * @throws NullPointerException if {@code file} is null
     */
    public List<Finding> check(CaseFile file) {
        Case subject = file.subject();
        List<Finding> findings = new ArrayList<>();
        caseRules.check(subject).forEach(f -> findings.add(f.under("/case")));
        findings.addAll(planRules.check(subject, file.plans()));
        findings.addAll(balance(file.assessments(), file.selfReliance(), Optional.of(subject)));
        file.genogram().ifPresent(g -> genogramRules.check(g, subject.family())
            .forEach(f -> findings.add(f.under("/genogram"))));
        file.sociogram().ifPresent(s -> findings.addAll(sociogram(s)));
        file.meetings().ifPresent(m -> findings.addAll(meetingRules.check(subject, m)));
        return settings.apply(findings);
    }

    /**
     * The plan rules that need no case, over a plan at {@code /plan}.
     *
     * @throws NullPointerException if {@code plan} is null
     */
    public List<Finding> plan(HelpPlan plan) {
        return settings.apply(planRules.check(plan).stream().map(f -> f.under("/plan")).toList());
    }

    /**
     * The balance rules that need no case, over assessments at {@code /assessments/i} and self-reliance
     * histories at {@code /selfReliance/i}.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> balance(List<Assessment> assessments, List<SelfRelianceHistory> histories) {
        return settings.apply(balance(assessments, histories, Optional.empty()));
    }

    /**
     * The meeting rules that need no case, over meetings at {@code /meetings}.
     *
     * @throws NullPointerException if {@code meetings} is null
     */
    public List<Finding> meetings(Meetings meetings) {
        return settings.apply(meetingRules.check(meetings, "/meetings"));
    }

    /**
     * The genogram rules that need no family, over a genogram at {@code /genogram}.
     *
     * @throws NullPointerException if {@code genogram} is null
     */
    public List<Finding> genogram(Genogram genogram) {
        return settings.apply(genogramRules.check(genogram).stream().map(f -> f.under("/genogram")).toList());
    }

    /**
     * The sociogram rules, over a sociogram at {@code /sociogram}.
     *
     * @throws NullPointerException if {@code sociogram} is null
     */
    public List<Finding> sociogram(Sociogram sociogram) {
        return settings.apply(genogramRules.check(sociogram).stream().map(f -> f.under("/sociogram")).toList());
    }

    private List<Finding> balance(List<Assessment> assessments, List<SelfRelianceHistory> histories,
                                  Optional<Case> subject) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            String base = "/assessments/" + i;
            Assessment assessment = assessments.get(i);
            findings.addAll(subject.map(c -> balanceRules.check(assessment, base, c))
                .orElseGet(() -> balanceRules.check(assessment, base)));
        }
        for (int i = 0; i < histories.size(); i++) {
            String base = "/selfReliance/" + i;
            SelfRelianceHistory history = histories.get(i);
            findings.addAll(subject.map(c -> balanceRules.check(history, base, c))
                .orElseGet(() -> balanceRules.check(history, base)));
        }
        return findings;
    }
}
