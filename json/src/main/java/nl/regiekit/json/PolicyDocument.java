package nl.regiekit.json;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

import nl.regiekit.balance.BalancePolicy;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casefile.RetentionPolicy;
import nl.regiekit.casemodel.CasePolicy;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.CriteriaSet;
import nl.regiekit.casemodel.OutreachPolicy;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.genogram.GenogramPolicy;
import nl.regiekit.plan.PlanPolicy;
import nl.regiekit.plan.meeting.MeetingPolicy;
import nl.regiekit.plan.monitor.MonitorPolicy;

/**
 * An organisation's policy as a document ({@code regiekit/policy}): the sections of an
 * {@link OrganisationPolicy}, each optional. A section left out keeps the method's defaults, so that an
 * organisation writes down only what it changes, and a section added in a later minor version leaves
 * older documents valid; a section that is there is there whole. {@code regiekit policy} writes every
 * section with its defaults. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/policy}
 * @param schemaVersion the schema version
 * @param caseManagement see {@link OrganisationPolicy#caseManagement()}; never null
 * @param plan see {@link OrganisationPolicy#plan()}; never null
 * @param monitoring see {@link OrganisationPolicy#monitoring()}; never null
 * @param meetings see {@link OrganisationPolicy#meetings()}; never null
 * @param balance see {@link OrganisationPolicy#balance()}; never null
 * @param genogram see {@link OrganisationPolicy#genogram()}; never null
 * @param consent see {@link OrganisationPolicy#consent()}; never null
 * @param retention see {@link OrganisationPolicy#retention()}; never null
 * @param outreach see {@link OrganisationPolicy#outreach()}; never null
 * @param criteria see {@link OrganisationPolicy#criteria()}; never null
 * @param rules see {@link OrganisationPolicy#rules()}; never null
 */
public record PolicyDocument(@NotNull String kind, @NotNull String schemaVersion,
                             Optional<@Valid CasePolicy> caseManagement, Optional<@Valid PlanPolicy> plan,
                             Optional<@Valid MonitorPolicy> monitoring, Optional<@Valid MeetingPolicy> meetings,
                             Optional<@Valid BalancePolicy> balance, Optional<@Valid GenogramPolicy> genogram,
                             Optional<@Valid ConsentPolicy> consent, Optional<@Valid RetentionPolicy> retention,
                             Optional<@Valid OutreachPolicy> outreach, Optional<@Valid CriteriaSet> criteria,
                             Optional<@Valid RuleSettings> rules) implements Document {

    /** @throws NullPointerException if an argument is null */
    public PolicyDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
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

    /** A document of the current schema version holding every section of {@code policy}. */
    public static PolicyDocument of(OrganisationPolicy policy) {
        return new PolicyDocument(DocumentKind.POLICY.id(), DocumentKind.SCHEMA_VERSION,
            Optional.of(policy.caseManagement()), Optional.of(policy.plan()), Optional.of(policy.monitoring()),
            Optional.of(policy.meetings()), Optional.of(policy.balance()), Optional.of(policy.genogram()),
            Optional.of(policy.consent()), Optional.of(policy.retention()), Optional.of(policy.outreach()),
            Optional.of(policy.criteria()), Optional.of(policy.rules()));
    }

    /** The policy: the sections given here, and the method's defaults for those left out. */
    public OrganisationPolicy policy() {
        OrganisationPolicy d = OrganisationPolicy.DEFAULTS;
        return new OrganisationPolicy(caseManagement.orElse(d.caseManagement()), plan.orElse(d.plan()),
            monitoring.orElse(d.monitoring()), meetings.orElse(d.meetings()), balance.orElse(d.balance()),
            genogram.orElse(d.genogram()), consent.orElse(d.consent()), retention.orElse(d.retention()),
            outreach.orElse(d.outreach()), criteria.orElse(d.criteria()), rules.orElse(d.rules()));
    }
}
