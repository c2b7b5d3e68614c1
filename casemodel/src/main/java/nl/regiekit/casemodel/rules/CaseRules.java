package nl.regiekit.casemodel.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.Authority;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.ConsentForm;
import nl.regiekit.casemodel.ContraIndicationFound;
import nl.regiekit.casemodel.CriteriaSet;
import nl.regiekit.casemodel.Criterion;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.InformationExchange;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.Outreach;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.PhaseChange;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.CasePolicy;
import nl.regiekit.casemodel.ProblemCode;
import nl.regiekit.casemodel.ProblemInventory;
import nl.regiekit.casemodel.Role;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.casemodel.finding.Rule;
import nl.regiekit.casemodel.finding.RuleSettings;

/**
 * The method's rules for a case, one {@link Rule} per check ({@link #rules()}). {@link #check(Case)}
 * returns findings with pointers relative to the case (the JSON of the case is the root); it never
 * throws on case data. The rules share what they need through the case's own indexes
 * ({@link Case#mayExchange}, {@link nl.regiekit.casemodel.Family#memberIds()}). Immutable and
 * thread-safe.
 */
public final class CaseRules {

    private final CasePolicy policy;
    private final ConsentPolicy consent;
    private final LifeDomainCatalogs catalogs;
    private final CriteriaSet criteria;
    private final List<Rule<Case>> rules;

    /**
     * Rules that judge admission criteria under {@link CriteriaSet#REGIONAL} and who may consent under
     * {@link ConsentPolicy#DEFAULTS}.
     *
     * @param policy the organisation's policy
     * @param catalogs the life-domain catalogues a case may use
     * @throws NullPointerException if an argument is null
     */
    public CaseRules(CasePolicy policy, LifeDomainCatalogs catalogs) {
        this(policy, ConsentPolicy.DEFAULTS, catalogs, CriteriaSet.REGIONAL);
    }

    /**
     * @param policy the organisation's policy
     * @param consent who may consent for whom, by age
     * @param catalogs the life-domain catalogues a case may use
     * @param criteria the admission criteria the organisation works with
     * @throws NullPointerException if an argument is null
     */
    public CaseRules(CasePolicy policy, ConsentPolicy consent, LifeDomainCatalogs catalogs, CriteriaSet criteria) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.consent = Objects.requireNonNull(consent, "consent");
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        this.rules = List.of(
            Rule.adding("a referral names its referrer", List.of(CaseCodes.REFERRAL_NO_REFERRER),
                CaseRules::referrer),
            Rule.adding("an accepted case has no contra-indication that was not overridden",
                List.of(CaseCodes.ACCEPTED_DESPITE_CONTRA_INDICATION), CaseRules::contraIndications),
            Rule.adding("an accepted case records the admission criteria it meets",
                List.of(CaseCodes.ACCEPTED_WITHOUT_CRITERIA), CaseRules::acceptedCriteria),
            Rule.adding("an accepted case's introducer has committed to aftercare",
                List.of(CaseCodes.INTRODUCER_NO_AFTERCARE), CaseRules::aftercare),
            Rule.adding("a declined referral is handed over", List.of(CaseCodes.DECLINED_WITHOUT_HANDOVER),
                CaseRules::handover),
            Rule.adding("each recorded criterion is one the organisation admits on, and one the case meets",
                List.of(CaseCodes.CRITERION_OUTSIDE_SET, CaseCodes.CRITERION_NOT_MET), this::criteria),
            Rule.adding("the family has a parent", List.of(CaseCodes.FAMILY_NO_PARENT), CaseRules::parent),
            Rule.adding("the family has a child", List.of(CaseCodes.FAMILY_NO_CHILD), CaseRules::child),
            Rule.adding("a young person is of the policy's ages on the referral date",
                List.of(CaseCodes.YOUNG_PERSON_AGE), this::youngPersons),
            Rule.adding("no minor holds authority over a child", List.of(CaseCodes.AUTHORITY_HOLDER_MINOR),
                this::authorities),
            Rule.adding("the first phase follows the acceptance", List.of(CaseCodes.PHASE_BEFORE_ACCEPTANCE),
                CaseRules::acceptedFirst),
            Rule.adding("the phases start with the introduction and follow the method's order",
                List.of(CaseCodes.PHASE_FIRST_NOT_INTRODUCTION, CaseCodes.PHASE_SKIPPED,
                    CaseCodes.PHASE_TRANSITION_NOT_ALLOWED), CaseRules::phases),
            Rule.adding("an accepted case has a case manager", List.of(CaseCodes.NO_CASE_MANAGER),
                CaseRules::caseManager),
            Rule.adding("a youth worker works with a young person of the family",
                List.of(CaseCodes.YOUTH_WORKER_WITHOUT_YOUNG_PERSON), CaseRules::youthWorker),
            Rule.adding("the case's catalogue is known, and so is every life domain and problem it names",
                List.of(CaseCodes.UNKNOWN_CATALOG, CaseCodes.UNKNOWN_LIFE_DOMAIN, CaseCodes.UNKNOWN_PROBLEM),
                this::lifeDomains),
            Rule.adding("a consent is given by someone who may consent for the members it names, and signed",
                List.of(CaseCodes.CONSENT_NOT_ENTITLED, CaseCodes.CONSENT_NOT_SIGNED), this::consents),
            Rule.adding("every exchange of information has a lawful basis for each member and domain",
                List.of(CaseCodes.EXCHANGE_WITHOUT_CONSENT), this::exchanges),
            Rule.adding("the contact phase ends with a complete problem inventory, agreed",
                List.of(CaseCodes.INVENTORY_MISSING, CaseCodes.INVENTORY_INCOMPLETE, CaseCodes.INVENTORY_NOT_AGREED),
                this::inventory));
    }

    /** The rules, in the order they run: one per check. */
    public List<Rule<Case>> rules() {
        return rules;
    }

    /** Rules with the default policy and the built-in catalogues. */
    public static CaseRules defaults() {
        return new CaseRules(CasePolicy.DEFAULTS, LifeDomainCatalogs.builtIn());
    }

    /**
     * The findings for {@code subject}, in the order of the rules and then of the document.
     *
     * @throws NullPointerException if {@code subject} is null
     */
    public List<Finding> check(Case subject) {
        Objects.requireNonNull(subject, "subject");
        return List.copyOf(RuleSettings.DEFAULTS.run(rules, subject));
    }

    private static void referrer(Case subject, List<Finding> findings) {
        if (subject.referral().referrer().isEmpty()) {
            findings.add(Finding.about(CaseCodes.REFERRAL_NO_REFERRER, "/referral/referrer", subject.id()));
        }
    }

    private static void contraIndications(Case subject, List<Finding> findings) {
        if (subject.isAccepted()) {
            List<ContraIndicationFound> found = subject.referral().contraIndications();
            for (int i = 0; i < found.size(); i++) {
                if (!found.get(i).overridden()) {
                    findings.add(Finding.about(CaseCodes.ACCEPTED_DESPITE_CONTRA_INDICATION,
                        Pointer.of("referral", "contraIndications", i), subject.id(), found.get(i).kind()));
                }
            }
        }
    }

    private static void acceptedCriteria(Case subject, List<Finding> findings) {
        if (subject.isAccepted() && subject.referral().criteria().isEmpty()) {
            findings.add(Finding.about(CaseCodes.ACCEPTED_WITHOUT_CRITERIA, "/referral/criteria", subject.id()));
        }
    }

    private static void aftercare(Case subject, List<Finding> findings) {
        if (subject.isAccepted() && subject.referral().introducer().filter(i -> i.aftercareCommitted()).isEmpty()) {
            findings.add(Finding.about(CaseCodes.INTRODUCER_NO_AFTERCARE, "/referral/introducer", subject.id()));
        }
    }

    private static void handover(Case subject, List<Finding> findings) {
        Optional<IntakeDecision> decision = subject.decision();
        if (decision.orElse(null) instanceof IntakeDecision.Declined declined && declined.handover().isEmpty()) {
            findings.add(Finding.about(CaseCodes.DECLINED_WITHOUT_HANDOVER,
                Pointer.of("decisions", subject.decisions().size() - 1), subject.id()));
        }
    }

    /**
     * Method §3: a recorded criterion the organisation does not admit on, and one the case can be seen
     * not to meet ({@link ReferralCriteria#derive}).
     */
    private void criteria(Case subject, List<Finding> findings) {
        List<Criterion> recorded = subject.referral().criteria();
        Map<Criterion, Boolean> derived = ReferralCriteria.derive(subject, criteria, catalogs.find(subject.catalog()));
        for (int i = 0; i < recorded.size(); i++) {
            Criterion criterion = recorded.get(i);
            String pointer = Pointer.of("referral", "criteria", i);
            if (!criteria.admits(criterion)) {
                findings.add(Finding.about(CaseCodes.CRITERION_OUTSIDE_SET, pointer, subject.id(), criterion,
                    criteria.id()));
            } else if (Boolean.FALSE.equals(derived.get(criterion))) {
                findings.add(Finding.about(CaseCodes.CRITERION_NOT_MET, pointer, subject.id(), criterion,
                    criteria.id()));
            }
        }
    }

    private static void parent(Case subject, List<Finding> findings) {
        if (subject.family().members().stream().noneMatch(m -> m.role() == Role.PARENT)) {
            findings.add(Finding.about(CaseCodes.FAMILY_NO_PARENT, "/family/members", subject.id()));
        }
    }

    private static void child(Case subject, List<Finding> findings) {
        if (subject.family().members().stream().noneMatch(m -> m.role().isChild())) {
            findings.add(Finding.about(CaseCodes.FAMILY_NO_CHILD, "/family/members", subject.id()));
        }
    }

    private void youngPersons(Case subject, List<Finding> findings) {
        List<FamilyMember> members = subject.family().members();
        for (int i = 0; i < members.size(); i++) {
            FamilyMember member = members.get(i);
            if (member.role() != Role.YOUNG_PERSON) {
                continue;
            }
            Optional<Integer> age = member.person().ageOn(subject.referral().date());
            if (age.isPresent() && (age.get() < policy.youngPersonMinAge() || age.get() > policy.youngPersonMaxAge())) {
                findings.add(Finding.about(CaseCodes.YOUNG_PERSON_AGE, Pointer.of("family", "members", i, "role"),
                    member.id(), member.id(), age.get(), policy.youngPersonMinAge(), policy.youngPersonMaxAge()));
            }
        }
    }

    /** Method §11: a minor holds no authority over a child (unless a court grants it, which is rare). */
    private void authorities(Case subject, List<Finding> findings) {
        List<Authority> authorities = subject.family().authorities();
        for (int i = 0; i < authorities.size(); i++) {
            Authority authority = authorities.get(i);
            for (int j = 0; j < authority.holders().size(); j++) {
                PersonId holder = authority.holders().get(j);
                Optional<Integer> age = subject.family().member(holder)
                    .flatMap(m -> m.person().ageOn(authority.since()));
                if (age.filter(a -> a < consent.adultFrom()).isPresent()) {
                    findings.add(Finding.about(CaseCodes.AUTHORITY_HOLDER_MINOR,
                        Pointer.of("family", "authorities", i, "holders", j), holder, holder, authority.child(),
                        consent.adultFrom()));
                }
            }
        }
    }

    private static void acceptedFirst(Case subject, List<Finding> findings) {
        List<PhaseChange> phases = subject.phases();
        if (!phases.isEmpty() && subject.decisions().stream()
            .noneMatch(d -> d instanceof IntakeDecision.Accepted && !d.date().isAfter(phases.get(0).since()))) {
            findings.add(Finding.about(CaseCodes.PHASE_BEFORE_ACCEPTANCE, "/phases/0", subject.id()));
        }
    }

    private static void phases(Case subject, List<Finding> findings) {
        List<PhaseChange> phases = subject.phases();
        Phase previous = null;
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i).phase();
            String pointer = Pointer.of("phases", i, "phase");
            if (previous == null && phase != Phase.INTRODUCTION) {
                findings.add(Finding.about(CaseCodes.PHASE_FIRST_NOT_INTRODUCTION, pointer, subject.id(), phase));
            } else if (previous != null && !previous.allowedNext().contains(phase)) {
                boolean skipped = phase.ordinal() > previous.ordinal() + 1;
                findings.add(Finding.about(skipped ? CaseCodes.PHASE_SKIPPED : CaseCodes.PHASE_TRANSITION_NOT_ALLOWED,
                    pointer, subject.id(), phase, previous));
            }
            previous = phase;
        }
    }

    private static void caseManager(Case subject, List<Finding> findings) {
        if (subject.isAccepted() && subject.team().caseManager().isEmpty()) {
            findings.add(Finding.about(CaseCodes.NO_CASE_MANAGER, "/team/caseManager", subject.id()));
        }
    }

    private static void youthWorker(Case subject, List<Finding> findings) {
        if (subject.team().youthWorker().isPresent() && subject.family().withRole(Role.YOUNG_PERSON).isEmpty()) {
            findings.add(Finding.about(CaseCodes.YOUTH_WORKER_WITHOUT_YOUNG_PERSON, "/team/youthWorker",
                subject.id()));
        }
    }

    private void lifeDomains(Case subject, List<Finding> findings) {
        Optional<LifeDomainCatalog> catalog = catalogs.find(subject.catalog());
        if (catalog.isEmpty()) {
            findings.add(Finding.about(CaseCodes.UNKNOWN_CATALOG, "/catalog", subject.id(), subject.catalog()));
            return;
        }
        for (int i = 0; i < subject.organisations().size(); i++) {
            knownDomains(catalog.get(), subject.organisations().get(i).domains(), findings, "organisations", i,
                "domains");
        }
        for (int i = 0; i < subject.consents().size(); i++) {
            knownDomains(catalog.get(), subject.consents().get(i).scope().domains(), findings, "consents", i, "scope",
                "domains");
        }
        for (int i = 0; i < subject.exchanges().size(); i++) {
            knownDomains(catalog.get(), subject.exchanges().get(i).domains(), findings, "exchanges", i, "domains");
        }
        Outreach outreach = subject.outreachOrNone();
        for (int i = 0; i < outreach.practicalHelp().size(); i++) {
            knownDomain(catalog.get(), outreach.practicalHelp().get(i).domain(), findings,
                "outreach", "practicalHelp", i, "domain");
        }
        List<InventoryEntry> inventoried = outreach.inventory().map(ProblemInventory::domains).orElse(List.of());
        for (int i = 0; i < inventoried.size(); i++) {
            InventoryEntry entry = inventoried.get(i);
            knownDomain(catalog.get(), entry.domain(), findings, "outreach", "inventory", "domains", i, "domain");
            Optional<LifeDomain> domain = catalog.get().domain(entry.domain());
            for (int j = 0; j < entry.problems().size(); j++) {
                ProblemCode problem = entry.problems().get(j);
                if (domain.isPresent() && !domain.get().hasProblem(problem)) {
                    findings.add(Finding.of(CaseCodes.UNKNOWN_PROBLEM,
                        Pointer.of("outreach", "inventory", "domains", i, "problems", j), problem, entry.domain(),
                        catalog.get().id()));
                }
            }
        }
    }

    /** Each code of the list at the pointer of {@code list} is known; a pointer is made only for a finding. */
    private static void knownDomains(LifeDomainCatalog catalog, List<LifeDomainCode> codes, List<Finding> findings,
                                     Object... list) {
        for (int j = 0; j < codes.size(); j++) {
            if (!catalog.contains(codes.get(j))) {
                findings.add(Finding.of(CaseCodes.UNKNOWN_LIFE_DOMAIN, Pointer.of(list) + "/" + j, codes.get(j),
                    catalog.id()));
            }
        }
    }

    /** The code at the pointer of {@code at} is in the catalogue. */
    private static void knownDomain(LifeDomainCatalog catalog, LifeDomainCode code, List<Finding> findings,
                                    Object... at) {
        if (!catalog.contains(code)) {
            findings.add(Finding.of(CaseCodes.UNKNOWN_LIFE_DOMAIN, Pointer.of(at), code, catalog.id()));
        }
    }

    /**
     * Method §4 phase 2: the contact phase ends when the problem inventory per life domain is complete
     * and agreed. Read only for a case that records its outreach, on the day it entered execution.
     */
    private void inventory(Case subject, List<Finding> findings) {
        Optional<LocalDate> execution = subject.phases().stream().filter(c -> c.phase() == Phase.EXECUTION)
            .map(PhaseChange::since).findFirst();
        if (subject.outreach().isEmpty() || execution.isEmpty()) {
            return;
        }
        Optional<ProblemInventory> inventory = subject.outreach().get().inventory();
        if (inventory.isEmpty()) {
            findings.add(Finding.about(CaseCodes.INVENTORY_MISSING, "/outreach", subject.id(), subject.id()));
            return;
        }
        catalogs.find(subject.catalog()).ifPresent(catalog -> inventory.get().missing(catalog).forEach(domain ->
            findings.add(Finding.about(CaseCodes.INVENTORY_INCOMPLETE, "/outreach/inventory/domains", domain,
                domain))));
        if (inventory.get().agreed().filter(d -> !d.isAfter(execution.get())).isEmpty()) {
            findings.add(Finding.about(CaseCodes.INVENTORY_NOT_AGREED, "/outreach/inventory/agreed", subject.id(),
                subject.id()));
        }
    }

    /** Method §11: a signed consent statement is needed; an oral consent is recorded and its signature asked. */
    private void consents(Case subject, List<Finding> findings) {
        for (int i = 0; i < subject.consents().size(); i++) {
            Consent consent = subject.consents().get(i);
            entitlement(subject, consent, i, findings);
            boolean oral = consent.form().filter(f -> f == ConsentForm.ORAL).isPresent();
            if (consent.basis() == LawfulBasis.CONSENT && oral) {
                findings.add(Finding.about(CaseCodes.CONSENT_NOT_SIGNED, Pointer.of("consents", i, "form"),
                    consent.id(), consent.id(), consent.organisation()));
            }
        }
    }

    /**
     * Method §11: a consent stands for a member only if its giver may consent for them. Judged for the
     * members it names (on whose behalf, or in its scope) on each day it was granted.
     */
    private void entitlement(Case subject, Consent given, int index, List<Finding> findings) {
        if (given.basis() != LawfulBasis.CONSENT) {
            return;
        }
        List<LocalDate> granted = given.changes().stream().filter(c -> c.status() == ConsentStatus.GRANTED)
            .map(ConsentChange::date).toList();
        List<PersonId> named = given.onBehalfOf().isEmpty() ? given.scope().about() : given.onBehalfOf();
        String field = given.onBehalfOf().isEmpty() ? "scope/about" : "onBehalfOf";
        for (int j = 0; j < named.size(); j++) {
            PersonId member = named.get(j);
            if (granted.stream().anyMatch(day -> !subject.mayConsentFor(given.givenBy(), member, day, consent))) {
                findings.add(Finding.about(CaseCodes.CONSENT_NOT_ENTITLED,
                    "/consents/" + index + "/" + field + "/" + j, given.id(), given.id(), member, given.givenBy()));
            }
        }
    }

    private void exchanges(Case subject, List<Finding> findings) {
        for (int i = 0; i < subject.exchanges().size(); i++) {
            InformationExchange exchange = subject.exchanges().get(i);
            outer:
            for (PersonId member : exchange.about()) {
                for (LifeDomainCode domain : exchange.domains()) {
                    if (!subject.mayExchange(exchange.organisation(), member, domain, exchange.date(), consent)) {
                        findings.add(Finding.about(CaseCodes.EXCHANGE_WITHOUT_CONSENT, Pointer.of("exchanges", i),
                            exchange.organisation(), member, domain, exchange.organisation()));
                        break outer;
                    }
                }
            }
        }
    }
}
