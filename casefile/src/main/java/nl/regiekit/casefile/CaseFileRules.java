package nl.regiekit.casefile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.BalanceRules;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Rule;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.casemodel.rules.CaseRules;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.GenogramRules;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.meeting.MeetingRules;
import nl.regiekit.plan.meeting.Meetings;
import nl.regiekit.plan.monitor.MonitorCodes;
import nl.regiekit.plan.rules.PlanRules;

/**
 * The method's quality rules over a whole case file, and over its parts where they stand alone, with
 * an organisation's own rules after them: the case rules (method §3 to §5), the plan rules (§7), the
 * balance and self-reliance rules (§6, §8), the genogram and sociogram rules (§9) and the meeting rules
 * (§10), each a list of small {@link Rule}s, one per check ({@link #builtIn()}), at the JSON Pointer of
 * the part it checks in the case file ({@code /case}, {@code /plans/i}, {@code /assessments/i},
 * {@code /selfReliance/i}, {@code /genogram}, {@code /sociogram}, {@code /meetings}), under the
 * organisation's {@link RuleSettings}: a rule whose codes are all switched off does not run, and the
 * findings of the others are given their settings' severities. The rules of one part share one context
 * per run (a plan's index of its case, a meeting's hearing, a genogram's people by identifier), built
 * once. A case file's findings come part by part in the order above, each plan, assessment, history and
 * meeting in the order of the document, and each one's findings in the order of its rules. Made once per
 * configuration: {@link RegiekitConfig#rules()}. Rules return findings and never throw on a case that is
 * incomplete. Immutable and thread-safe when the organisation's own rules are.
 */
public final class CaseFileRules {

    private final CaseRules caseRules;
    private final PlanRules planRules;
    private final BalanceRules balanceRules;
    private final GenogramRules genogramRules;
    private final MeetingRules meetingRules;
    private final List<Rule<CaseFile>> own;
    private final RuleSettings settings;
    private final Map<String, List<Rule<?>>> builtIn;
    private final Set<String> configurable;

    /** The rules under {@code config}: its policy's numbers and settings, its catalogues, clock and own rules. */
    CaseFileRules(RegiekitConfig config) {
        OrganisationPolicy policy = config.policy();
        Catalogues catalogues = config.catalogues();
        this.caseRules = new CaseRules(policy.caseManagement(), policy.consent(), catalogues.lifeDomains(),
            policy.criteria());
        this.planRules = new PlanRules(policy.caseManagement(), policy.plan(), policy.consent(),
            catalogues.lifeDomains(), config.clock());
        this.genogramRules = new GenogramRules(policy.genogram());
        this.meetingRules = new MeetingRules(policy.consent(), catalogues.lifeDomains());
        this.balanceRules = new BalanceRules(policy.balance(), catalogues.factors(), catalogues.instruments(),
            catalogues.lifeDomains());
        this.settings = policy.rules();
        this.own = config.ownRules();
        Map<String, List<Rule<?>>> parts = new LinkedHashMap<>();
        parts.put("case", List.copyOf(caseRules.rules()));
        parts.put("plan", List.copyOf(planRules.rules()));
        parts.put("balance", List.copyOf(balanceRules.rules()));
        parts.put("genogram", List.copyOf(genogramRules.rules()));
        parts.put("sociogram", List.copyOf(genogramRules.sociogramRules()));
        parts.put("meetings", List.copyOf(meetingRules.rules()));
        this.builtIn = Collections.unmodifiableMap(parts);
        Set<String> codes = new TreeSet<>();
        parts.values().forEach(rules -> rules.forEach(rule -> rule.codes().forEach(code -> codes.add(code.code()))));
        own.forEach(rule -> rule.codes().forEach(code -> codes.add(code.code())));
        new MonitorCodes.Catalog().codes().forEach(code -> codes.add(code.code()));
        this.configurable = Collections.unmodifiableSet(codes);
    }

    /**
     * The method's rules by the part of a case file they check, in the order they run: {@code case},
     * {@code plan} (also a help plan document's), {@code balance} (also the assessments and
     * self-reliance documents'), {@code genogram}, {@code sociogram} and {@code meetings} (also the minutes
     * document's). Each rule says what it checks and which codes it reports; {@code docs/rules.md} lists
     * them. A code belongs to one rule, but for {@code CASE-UNKNOWN-LIFE-DOMAIN}, the case's catalogue,
     * which the case, plan and balance parts each check for the codes they hold.
     */
    public Map<String, List<Rule<?>>> builtIn() {
        return builtIn;
    }

    /** The organisation's own rules over a whole case file, run after the method's. */
    public List<Rule<CaseFile>> own() {
        return own;
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
     * The findings of every rule over {@code file}, in the order of the parts and of the rules, under the
     * settings.
     *
     * @throws NullPointerException if {@code file} is null
     */
    public List<Finding> check(CaseFile file) {
        Objects.requireNonNull(file, "file");
        List<Finding> findings = new ArrayList<>();
        findings.addAll(under("/case", settings.run(caseRules.rules(), file.subject())));
        planRules.inCase(file.subject(), file.plans()).forEach(run -> findings.addAll(settings.run(planRules.rules(),
            run)));
        findings.addAll(balance(file.assessments(), file.selfReliance(), Optional.of(file.subject())));
        file.genogram().ifPresent(g -> findings.addAll(under("/genogram", settings.run(genogramRules.rules(),
            GenogramRules.Drawn.of(g, Optional.of(file.subject().family()))))));
        file.sociogram().ifPresent(s -> findings.addAll(sociogram(s)));
        file.meetings().ifPresent(m -> findings.addAll(meetings(m, Optional.of(file.subject()))));
        findings.addAll(settings.run(own, file));
        return findings;
    }

    /**
     * The plan rules that need no case, over a plan at {@code /plan}.
     *
     * @throws NullPointerException if {@code plan} is null
     */
    public List<Finding> plan(HelpPlan plan) {
        return settings.run(planRules.rules(), planRules.alone(plan, "/plan"));
    }

    /**
     * The balance rules that need no case, over assessments at {@code /assessments/i} and self-reliance
     * histories at {@code /selfReliance/i}.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> balance(List<Assessment> assessments, List<SelfRelianceHistory> histories) {
        return balance(assessments, histories, Optional.empty());
    }

    /**
     * The meeting rules that need no case, over meetings at {@code /meetings}.
     *
     * @throws NullPointerException if {@code meetings} is null
     */
    public List<Finding> meetings(Meetings meetings) {
        return meetings(meetings, Optional.empty());
    }

    /**
     * The genogram rules that need no family, over a genogram at {@code /genogram}.
     *
     * @throws NullPointerException if {@code genogram} is null
     */
    public List<Finding> genogram(Genogram genogram) {
        return under("/genogram", settings.run(genogramRules.rules(), GenogramRules.Drawn.of(genogram,
            Optional.empty())));
    }

    /**
     * The sociogram rules, over a sociogram at {@code /sociogram}.
     *
     * @throws NullPointerException if {@code sociogram} is null
     */
    public List<Finding> sociogram(Sociogram sociogram) {
        return under("/sociogram", settings.run(genogramRules.sociogramRules(), sociogram));
    }

    private List<Finding> meetings(Meetings meetings, Optional<Case> subject) {
        List<Finding> findings = new ArrayList<>();
        meetingRules.held(meetings, "/meetings", subject).forEach(held -> findings.addAll(settings.run(
            meetingRules.rules(), held)));
        return findings;
    }

    private List<Finding> balance(List<Assessment> assessments, List<SelfRelianceHistory> histories,
                                  Optional<Case> subject) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < assessments.size(); i++) {
            findings.addAll(settings.run(balanceRules.rules(), BalanceRules.Part.of(assessments.get(i),
                "/assessments/" + i, subject)));
        }
        for (int i = 0; i < histories.size(); i++) {
            findings.addAll(settings.run(balanceRules.rules(), BalanceRules.Part.of(histories.get(i),
                "/selfReliance/" + i, subject)));
        }
        return findings;
    }

    private static List<Finding> under(String prefix, List<Finding> findings) {
        return findings.stream().map(f -> f.under(prefix)).toList();
    }
}
