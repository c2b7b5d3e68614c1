package nl.regiekit.casefile;

import java.util.Objects;

import nl.regiekit.balance.BalancePolicy;
import nl.regiekit.casemodel.CasePolicy;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.CriteriaSet;
import nl.regiekit.casemodel.OutreachPolicy;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.genogram.GenogramPolicy;
import nl.regiekit.plan.PlanPolicy;
import nl.regiekit.plan.meeting.MeetingPolicy;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.MonitorPolicy;

/**
 * An organisation's policy (beleid), whole: every number of the method that an organisation may change
 * (method, introduction: "a default from practice ..., never a constant"), in flat sections named after
 * what they govern, and the organisation's settings of the rules. One value, built once and given to the
 * validation, the monitor, the agendas and the report; as a document it is {@code regiekit/policy}
 * ({@code regiekit policy} prints the defaults, an organisation's starting point). Immutable and
 * thread-safe.
 *
 * <p>Start from {@link #DEFAULTS} and replace a section with its {@code with...} method; each section
 * has its own {@code with...} methods for its numbers:
 * <pre>{@code
 * OrganisationPolicy own = OrganisationPolicy.DEFAULTS
 *     .withPlan(PlanPolicy.DEFAULTS.withPlanDue(Period.ofMonths(3)))
 *     .withRules(RuleSettings.DEFAULTS.withOff(SelfRelianceCodes.MISSING));
 * }</pre>
 *
 * @param caseManagement the case and the people on it: young-person ages, the intensive period,
 *     coordination of care, caseloads (method §4, §5); never null
 * @param plan the help plan's periods (method §4, §7); never null
 * @param monitoring the monitor's notice periods (method §4, §11); never null
 * @param meetings family councils and partner meetings (method §4, §10); never null
 * @param balance the balance model's thresholds (method §8); never null
 * @param genogram the genogram and sociogram checks (method §9); never null
 * @param consent who may consent for whom, by age (method §11); never null
 * @param retention how long a closed case is kept; never null
 * @param outreach the outreach before there is a plan: how soon contact must be made, how often attempts
 *     follow (method §1, §4); never null
 * @param criteria the admission criteria the organisation works with, and the domestic-violence clock
 *     where it works with that set (method §3); never null
 * @param rules the rules and signals switched off or given another severity; never null
 */
public record OrganisationPolicy(CasePolicy caseManagement, PlanPolicy plan, MonitorPolicy monitoring,
                                 MeetingPolicy meetings, BalancePolicy balance, GenogramPolicy genogram,
                                 ConsentPolicy consent, RetentionPolicy retention, OutreachPolicy outreach,
                                 CriteriaSet criteria, RuleSettings rules) {

    /** The method's defaults in every section, every rule on at its own severity. */
    public static final OrganisationPolicy DEFAULTS = new OrganisationPolicy(CasePolicy.DEFAULTS, PlanPolicy.DEFAULTS,
        MonitorPolicy.DEFAULTS, MeetingPolicy.DEFAULTS, BalancePolicy.DEFAULTS, GenogramPolicy.DEFAULTS,
        ConsentPolicy.DEFAULTS, RetentionPolicy.DEFAULTS, OutreachPolicy.DEFAULTS, CriteriaSet.REGIONAL,
        RuleSettings.DEFAULTS);

    /** @throws NullPointerException if a section is null */
    public OrganisationPolicy {
        Objects.requireNonNull(caseManagement, "caseManagement");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(genogram, "genogram");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(outreach, "outreach");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(rules, "rules");
    }

    /** This policy with another case-management section. @throws NullPointerException if it is null */
    public OrganisationPolicy withCaseManagement(CasePolicy section) {
        return new OrganisationPolicy(section, plan, monitoring, meetings, balance, genogram, consent, retention,
            outreach, criteria, rules);
    }

    /** This policy with another plan section. @throws NullPointerException if it is null */
    public OrganisationPolicy withPlan(PlanPolicy section) {
        return new OrganisationPolicy(caseManagement, section, monitoring, meetings, balance, genogram, consent,
            retention, outreach, criteria, rules);
    }

    /** This policy with another monitoring section. @throws NullPointerException if it is null */
    public OrganisationPolicy withMonitoring(MonitorPolicy section) {
        return new OrganisationPolicy(caseManagement, plan, section, meetings, balance, genogram, consent, retention,
            outreach, criteria, rules);
    }

    /** This policy with another meetings section. @throws NullPointerException if it is null */
    public OrganisationPolicy withMeetings(MeetingPolicy section) {
        return new OrganisationPolicy(caseManagement, plan, monitoring, section, balance, genogram, consent,
            retention, outreach, criteria, rules);
    }

    /** This policy with another balance section. @throws NullPointerException if it is null */
    public OrganisationPolicy withBalance(BalancePolicy section) {
        return new OrganisationPolicy(caseManagement, plan, monitoring, meetings, section, genogram, consent,
            retention, outreach, criteria, rules);
    }

    /** This policy with another genogram section. @throws NullPointerException if it is null */
    public OrganisationPolicy withGenogram(GenogramPolicy section) {
        return new OrganisationPolicy(caseManagement, plan, monitoring, meetings, balance, section, consent,
            retention, outreach, criteria, rules);
    }

    /** This policy with another consent section. @throws NullPointerException if it is null */
    public OrganisationPolicy withConsent(ConsentPolicy section) {
        return new OrganisationPolicy(caseManagement, plan, monitoring, meetings, balance, genogram, section,
            retention, outreach, criteria, rules);
    }

    /** This policy with another retention section. @throws NullPointerException if it is null */
    public OrganisationPolicy withRetention(RetentionPolicy section) {
        return new OrganisationPolicy(caseManagement, plan, monitoring, meetings, balance, genogram, consent,
            section, outreach, criteria, rules);
    }

    /** This policy with another outreach section. @throws NullPointerException if it is null */
    public OrganisationPolicy withOutreach(OutreachPolicy section) {
        return new OrganisationPolicy(caseManagement, plan, monitoring, meetings, balance, genogram, consent,
            retention, section, criteria, rules);
    }

    /** This policy with another criteria section. @throws NullPointerException if it is null */
    public OrganisationPolicy withCriteria(CriteriaSet section) {
        return new OrganisationPolicy(caseManagement, plan, monitoring, meetings, balance, genogram, consent,
            retention, outreach, section, rules);
    }

    /** This policy with another rule settings. @throws NullPointerException if it is null */
    public OrganisationPolicy withRules(RuleSettings section) {
        return new OrganisationPolicy(caseManagement, plan, monitoring, meetings, balance, genogram, consent,
            retention, outreach, criteria, section);
    }

    /**
     * The monitor under this policy: its case, plan, meetings, monitoring, outreach and criteria sections
     * and its rule settings.
     */
    public Monitor monitor() {
        return Monitor.builder().casePolicy(caseManagement).planPolicy(plan).meetingPolicy(meetings)
            .monitorPolicy(monitoring).outreachPolicy(outreach).criteria(criteria).ruleSettings(rules).build();
    }
}
