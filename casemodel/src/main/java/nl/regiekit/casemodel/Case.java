package nl.regiekit.casemodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.KeyedList;
import nl.regiekit.casemodel.internal.Require;

/**
 * The case (casus): the aggregate of one family's case management. It holds the family, the
 * referral, the intake decisions, the dated phase history, the model of case management, the
 * team, the involved organisations, the consents per party and the recorded information
 * exchanges. It changes through methods that return a new case and check the lifecycle; the
 * method's quality rules (a phase skipped in stored data, a missing case manager, ...) are
 * reported by {@link nl.regiekit.casemodel.rules.CaseRules} as findings. Immutable and
 * thread-safe.
 *
 * <p>Structural invariants, checked when a case is built: decisions and phases are in date
 * order and not before the referral; only a waiting-list decision is followed by another; organisation and consent identifiers are unique; every
 * reference to a member or organisation resolves.
 *
 * @param id the identifier; never null
 * @param catalog the life-domain catalogue the case uses; never null
 * @param family the family; never null
 * @param referral the referral; never null
 * @param decisions the intake decisions, oldest first; the last is current; never null
 * @param phases the phase history, oldest first; never null
 * @param model the model of case management, once chosen; never null
 * @param team the team; never null
 * @param organisations the involved organisations; never null
 * @param consents the consents per party; never null
 * @param exchanges the recorded information exchanges; never null
 * @param outreach the outreach before there is a plan (contact attempts, practical help, problem
 *     inventory), once any is recorded; never null
 */
public record Case(@NotNull CaseId id, @NotNull LifeDomainCatalogId catalog, @NotNull @Valid Family family,
                   @NotNull @Valid Referral referral, List<@Valid IntakeDecision> decisions,
                   List<@Valid PhaseChange> phases, Optional<CaseManagementModel> model, @NotNull @Valid Team team,
                   List<@Valid InvolvedOrganisation> organisations, List<@Valid Consent> consents,
                   List<@Valid InformationExchange> exchanges, Optional<@Valid Outreach> outreach) {

    /**
     * @throws NullPointerException if a required argument or a list element is null
     * @throws ModelViolation if a structural invariant is broken, with the pointer of the first offending value
     */
    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(referral, "referral");
        decisions = Require.list(decisions);
        phases = Require.list(phases);
        model = Require.optional(model);
        team = team == null ? Team.EMPTY : team;
        // Found by organisation: mayExchange is asked for every exchange, contribution and recipient, and
        // looks at that organisation's involvement and consents only.
        organisations = KeyedList.of(organisations, InvolvedOrganisation::id);
        consents = KeyedList.of(consents, Consent::organisation);
        exchanges = Require.list(exchanges);
        outreach = Require.optional(outreach);

        inDateOrder(referral.date(), decisions.stream().map(IntakeDecision::date).toList(), "decisions", "date");
        for (int i = 0; i < decisions.size() - 1; i++) {
            if (!(decisions.get(i) instanceof IntakeDecision.WaitingList)) {
                // Only a place on the waiting list is followed by another decision.
                throw new ModelViolation(ModelCodes.VALUE_INVALID, "/decisions/" + (i + 1));
            }
        }
        inDateOrder(referral.date(), phases.stream().map(PhaseChange::since).toList(), "phases", "since");

        Set<PersonId> members = family.memberIds();
        Require.uniqueKeys(organisations, InvolvedOrganisation::id, "organisations", "id");
        for (int i = 0; i < organisations.size(); i++) {
            Require.resolves(organisations.get(i).members(), members, "/organisations/" + i + "/members");
        }
        Set<OrganisationId> orgIds = KeyedList.<OrganisationId, InvolvedOrganisation>keyed(organisations).keys();
        Require.uniqueKeys(consents, Consent::id, "consents", "id");
        for (int i = 0; i < consents.size(); i++) {
            Consent consent = consents.get(i);
            Require.resolves(consent.organisation(), orgIds, "/consents/" + i + "/organisation");
            Require.resolves(consent.givenBy(), members, "/consents/" + i + "/givenBy");
            Require.resolves(consent.scope().about(), members, "/consents/" + i + "/scope/about");
            Require.resolves(consent.onBehalfOf(), members, "/consents/" + i + "/onBehalfOf");
        }
        for (int i = 0; i < family.authorities().size(); i++) {
            Optional<OrganisationId> institution = family.authorities().get(i).institution();
            if (institution.isPresent()) {
                Require.resolves(institution.get(), orgIds, "/family/authorities/" + i + "/institution");
            }
        }
        for (int i = 0; i < exchanges.size(); i++) {
            Require.resolves(exchanges.get(i).organisation(), orgIds, "/exchanges/" + i + "/organisation");
            Require.resolves(exchanges.get(i).about(), members, "/exchanges/" + i + "/about");
        }
        if (referral.acuteDanger().isPresent()) {
            Require.resolves(referral.acuteDanger().get().atRisk(), members, "/referral/acuteDanger/atRisk");
        }
        List<PracticalHelp> help = outreach.map(Outreach::practicalHelp).orElse(List.of());
        for (int i = 0; i < help.size(); i++) {
            Require.resolves(help.get(i).members(), members, "/outreach/practicalHelp/" + i + "/members");
            if (help.get(i).organisation().isPresent()) {
                Require.resolves(help.get(i).organisation().get(), orgIds,
                    "/outreach/practicalHelp/" + i + "/organisation");
            }
        }
    }

    /**
     * A case without outreach recorded: the form of a case before outreach was part of it.
     *
     * @throws NullPointerException if a required argument or a list element is null
     * @throws ModelViolation if a structural invariant is broken, with the pointer of the first offending value
     */
    public Case(CaseId id, LifeDomainCatalogId catalog, Family family, Referral referral,
                List<IntakeDecision> decisions, List<PhaseChange> phases, Optional<CaseManagementModel> model,
                Team team, List<InvolvedOrganisation> organisations, List<Consent> consents,
                List<InformationExchange> exchanges) {
        this(id, catalog, family, referral, decisions, phases, model, team, organisations, consents, exchanges,
            Optional.empty());
    }

    private static void inDateOrder(LocalDate start, List<LocalDate> dates, String field, String dateField) {
        LocalDate previous = start;
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).isBefore(previous)) {
                throw new ModelViolation(ModelCodes.DATE_ORDER, "/" + field + "/" + i + "/" + dateField);
            }
            previous = dates.get(i);
        }
    }

    /**
     * A new case for a referred family: no decision, no phase, an empty team.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Case refer(CaseId id, LifeDomainCatalogId catalog, Family family, Referral referral) {
        return new Case(id, catalog, family, referral, List.of(), List.of(), Optional.empty(), Team.EMPTY,
            List.of(), List.of(), List.of());
    }

    /** The current intake decision: the last one taken, if any. */
    public Optional<IntakeDecision> decision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /** Whether the current decision is {@link IntakeDecision.Accepted}. */
    public boolean isAccepted() {
        return decision().filter(IntakeDecision.Accepted.class::isInstance).isPresent();
    }

    /**
     * This case with a new intake decision. A family on the waiting list may later be accepted
     * or declined; an accepted or declined referral is final.
     *
     * @throws IllegalStateException if the current decision is final
     * @throws ModelViolation if the decision is dated before the last one or the referral
     */
    public Case decide(IntakeDecision next) {
        Objects.requireNonNull(next, "next");
        if (decision().filter(d -> !(d instanceof IntakeDecision.WaitingList)).isPresent()) {
            throw new IllegalStateException("case " + id + " already has a final intake decision");
        }
        return withDecisions(Require.append(decisions, next));
    }

    /** The phase the case is in now: the last of its history, if any. */
    public Optional<Phase> currentPhase() {
        return phases.isEmpty() ? Optional.empty() : Optional.of(phases.get(phases.size() - 1).phase());
    }

    /** The phase the case was in on {@code date}, if it had one. */
    public Optional<Phase> phaseOn(LocalDate date) {
        Phase phase = null;
        for (PhaseChange change : phases) {
            if (change.since().isAfter(date)) {
                break;
            }
            phase = change.phase();
        }
        return Optional.ofNullable(phase);
    }

    /** The date the case last entered {@code phase}, if it did. */
    public Optional<LocalDate> enteredOn(Phase phase) {
        LocalDate date = null;
        for (PhaseChange change : phases) {
            if (change.phase() == phase) {
                date = change.since();
            }
        }
        return Optional.ofNullable(date);
    }

    /**
     * This case moved into {@code phase} on {@code date}. The first phase is
     * {@link Phase#INTRODUCTION}; after that only {@link Phase#allowedNext()} may follow.
     *
     * @throws IllegalStateException if the case is not accepted or the transition is not allowed
     * @throws IllegalArgumentException if {@code date} is before the acceptance
     * @throws ModelViolation if {@code date} is before the current phase began
     */
    public Case advanceTo(Phase phase, LocalDate date) {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(date, "date");
        if (!isAccepted()) {
            throw new IllegalStateException("case " + id + " is not accepted");
        }
        if (date.isBefore(decision().orElseThrow().date())) {
            throw new IllegalArgumentException("case " + id + " cannot enter a phase before it was accepted");
        }
        Set<Phase> allowed = currentPhase().map(Phase::allowedNext).orElse(Set.of(Phase.INTRODUCTION));
        if (!allowed.contains(phase)) {
            throw new IllegalStateException("case " + id + " cannot move from " + currentPhase().orElse(null)
                + " to " + phase + "; allowed: " + allowed);
        }
        return withPhases(Require.append(phases, new PhaseChange(phase, date)));
    }

    /** This case with its model of case management set. */
    public Case withModel(CaseManagementModel chosen) {
        Objects.requireNonNull(chosen, "chosen");
        return new Case(id, catalog, family, referral, decisions, phases, Optional.of(chosen), team,
            organisations, consents, exchanges, outreach);
    }

    /** This case with its team changed by {@code change}, for example {@code t -> t.withCaseManager(p)}. */
    public Case withTeam(UnaryOperator<Team> change) {
        return new Case(id, catalog, family, referral, decisions, phases, model,
            Objects.requireNonNull(change.apply(team), "team"), organisations, consents, exchanges, outreach);
    }

    /** This case with its family replaced, for example after a birth or a new partner. */
    public Case withFamily(Family changed) {
        return new Case(id, catalog, changed, referral, decisions, phases, model, team, organisations, consents,
            exchanges, outreach);
    }

    /**
     * This case with one more involved organisation.
     *
     * @throws ModelViolation if its identifier is taken or it names an unknown member
     */
    public Case involve(InvolvedOrganisation organisation) {
        return new Case(id, catalog, family, referral, decisions, phases, model, team,
            Require.append(organisations, organisation), consents, exchanges, outreach);
    }

    /**
     * This case with the involvement of organisation {@code organisationId} ended on {@code date}.
     *
     * @throws IllegalArgumentException if no such organisation is involved
     * @throws ModelViolation if {@code date} is before its involvement began
     */
    public Case endInvolvement(OrganisationId organisationId, LocalDate date) {
        List<InvolvedOrganisation> changed = new ArrayList<>(organisations);
        int index = indexOfOrganisation(organisationId);
        try {
            changed.set(index, organisations.get(index).endedOn(date));
        } catch (ModelViolation e) {
            throw e.under("/organisations/" + index);
        }
        return new Case(id, catalog, family, referral, decisions, phases, model, team, changed, consents,
            exchanges, outreach);
    }

    /**
     * This case with one more consent.
     *
     * @throws ModelViolation if its identifier is taken or it names an unknown member or organisation
     */
    public Case recordConsent(Consent consent) {
        return new Case(id, catalog, family, referral, decisions, phases, model, team, organisations,
            Require.append(consents, consent), exchanges, outreach);
    }

    /**
     * This case with consent {@code consentId} changed: granted, refused or withdrawn.
     *
     * @throws IllegalArgumentException if there is no such consent
     * @throws ModelViolation if the change is dated before the consent's last change
     */
    public Case changeConsent(ConsentId consentId, ConsentChange change) {
        List<Consent> changed = new ArrayList<>(consents);
        int index = -1;
        for (int i = 0; i < consents.size(); i++) {
            if (consents.get(i).id().equals(consentId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("case " + id + " has no consent " + consentId);
        }
        try {
            changed.set(index, consents.get(index).with(change));
        } catch (ModelViolation e) {
            throw e.under("/consents/" + index);
        }
        return new Case(id, catalog, family, referral, decisions, phases, model, team, organisations, changed,
            exchanges, outreach);
    }

    /**
     * This case with one more recorded information exchange. The case rules report an exchange
     * that no consent or lawful basis covers; recording it is always allowed, so nothing is lost.
     *
     * @throws ModelViolation if it names an unknown member or organisation
     */
    public Case recordExchange(InformationExchange exchange) {
        return new Case(id, catalog, family, referral, decisions, phases, model, team, organisations, consents,
            Require.append(exchanges, exchange), outreach);
    }

    /**
     * This case with one more contact attempt (method §1, §4 phase 1): recording unanswered visits,
     * letters and calls is what lets the monitor see that contact is overdue or attempts stopped.
     *
     * @throws NullPointerException if {@code attempt} is null
     * @throws ModelViolation if it is dated before the last attempt
     */
    public Case recordContactAttempt(ContactAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        return withOutreach(o -> o.withAttempt(attempt));
    }

    /**
     * This case with one more piece of practical help on the spot (method §1, §4).
     *
     * @throws NullPointerException if {@code help} is null
     * @throws ModelViolation if it is dated before the last, or names an unknown member or organisation
     */
    public Case recordPracticalHelp(PracticalHelp help) {
        Objects.requireNonNull(help, "help");
        return withOutreach(o -> o.withPracticalHelp(help));
    }

    /**
     * This case with its problem inventory per life domain set or replaced (method §4 phase 2).
     *
     * @throws NullPointerException if {@code inventory} is null
     */
    public Case withInventory(ProblemInventory inventory) {
        Objects.requireNonNull(inventory, "inventory");
        return withOutreach(o -> o.withInventory(inventory));
    }

    /** The outreach recorded, or {@link Outreach#NONE}. Never null. */
    public Outreach outreachOrNone() {
        return outreach.orElse(Outreach.NONE);
    }

    private Case withOutreach(UnaryOperator<Outreach> change) {
        Outreach changed;
        try {
            changed = change.apply(outreachOrNone());
        } catch (ModelViolation e) {
            throw e.under("/outreach");
        }
        return new Case(id, catalog, family, referral, decisions, phases, model, team, organisations, consents,
            exchanges, Optional.of(changed));
    }

    /**
     * As {@link #mayExchange(OrganisationId, PersonId, LifeDomainCode, LocalDate, ConsentPolicy)} under
     * {@link ConsentPolicy#DEFAULTS}.
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean mayExchange(OrganisationId organisation, PersonId member, LifeDomainCode domain, LocalDate date) {
        return mayExchange(organisation, member, domain, date, ConsentPolicy.DEFAULTS);
    }

    /**
     * Whether information about {@code member} on {@code domain} may be exchanged with
     * {@code organisation} on {@code date} (method §11): the organisation's involvement has not
     * ended, and either a lawful basis other than consent covers it (a child protection measure
     * covers minors only), or consents in force were given by those entitled to consent for that
     * member on that date under {@code policy}: an adult or their representative; for a child, the
     * holders of authority (under the policy, where none is recorded, its legal parents), the child, or
     * both, by the child's age on that date. A consent that says on whose behalf it was given counts
     * only for its giver and those members ({@link Consent#standsFor}). Everything that
     * discloses (views, reports, agendas, the rules) asks this.
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean mayExchange(OrganisationId organisation, PersonId member, LifeDomainCode domain, LocalDate date,
                               ConsentPolicy policy) {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(policy, "policy");
        Optional<FamilyMember> about = family.member(Objects.requireNonNull(member, "member"));
        if (about.isEmpty() || involvementEnded(organisation, date)) {
            return false;
        }
        Needed needed = needed(about.get(), date, policy);
        // Few consents permit one exchange, so the givers are a short list rather than a set made per question.
        List<PersonId> givers = List.of();
        for (Consent consent : KeyedList.<OrganisationId, Consent>keyed(consents).with(organisation)) {
            if (!consent.permits(member, domain, date)) {
                continue;
            }
            switch (consent.basis()) {
                case CONSENT -> {
                    if (consent.standsFor(member)) {
                        if (givers.isEmpty()) {
                            givers = new ArrayList<>(2);
                        }
                        givers.add(consent.givenBy());
                    }
                }
                case CHILD_PROTECTION_MEASURE -> {
                    if (!needed.adult()) {
                        return true;
                    }
                }
                default -> {
                    return true;
                }
            }
        }
        boolean own = givers.contains(member);
        boolean other = false;
        for (int i = 0; i < givers.size() && !other; i++) {
            PersonId giver = givers.get(i);
            other = !giver.equals(member) && mayConsentFor(giver, member, date, policy);
        }
        // An adult's own consent or a representative's; a minor's own and a holder's, each as far as needed.
        return needed.adult() ? own || other : (own || !needed.own()) && (other || !needed.holder());
    }

    /**
     * Whether {@link #mayExchange(OrganisationId, PersonId, LifeDomainCode, LocalDate, ConsentPolicy)} holds
     * under {@code policy} on every day from {@code from} to {@code to}, both included: checked on each of
     * {@link #exchangeTurningPoints}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public boolean mayExchangeThroughout(OrganisationId organisation, PersonId member, LifeDomainCode domain,
                                         LocalDate from, LocalDate to, ConsentPolicy policy) {
        return exchangeTurningPoints(from, to, policy).stream().allMatch(day -> mayExchange(organisation, member,
            domain, day, policy));
    }

    /**
     * The days from {@code from} to {@code to}, both included, on which what may be exchanged can change,
     * oldest first: {@code from} itself, and each day a consent changes or lapses, an authority,
     * representation or involvement starts or ends, or a member reaches an age of {@code policy}. Between
     * two of them {@link #mayExchange} under that policy gives the same answer, so checking these days
     * checks the whole period.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public List<LocalDate> exchangeTurningPoints(LocalDate from, LocalDate to, ConsentPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        if (Objects.requireNonNull(to, "to").isBefore(Objects.requireNonNull(from, "from"))) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        Set<LocalDate> days = new TreeSet<>();
        days.add(from);
        for (Consent consent : consents) {
            consent.changes().forEach(c -> days.add(c.date()));
            consent.expires().ifPresent(d -> days.add(d.plusDays(1)));
        }
        for (Authority authority : family.authorities()) {
            days.add(authority.since());
            authority.until().ifPresent(d -> days.add(d.plusDays(1)));
        }
        for (Representation representation : family.representations()) {
            days.add(representation.since());
            representation.until().ifPresent(d -> days.add(d.plusDays(1)));
        }
        organisations.forEach(o -> o.until().ifPresent(d -> days.add(d.plusDays(1))));
        ConsentPolicy ages = policy;
        for (FamilyMember member : family.members()) {
            member.person().birthDate().ifPresent(born -> {
                days.add(born.plusYears(ages.jointFrom()));
                days.add(born.plusYears(ages.aloneFrom()));
                days.add(born.plusYears(ages.adultFrom()));
            });
        }
        return days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
    }

    /**
     * Whether {@code giver} may take part in consenting for {@code member} on {@code date} under
     * {@code policy} (method §11): a member for themselves when an adult or from the age of joint consent
     * (a young person without a birth date, by role); the representative of an adult; a holder of
     * authority over a child under the age of consent alone. For a child from the age of joint consent
     * the child's and a holder's consent are both needed, which {@link #mayExchange} asks; this says only
     * whether {@code giver} is one of those who may give it.
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean mayConsentFor(PersonId giver, PersonId member, LocalDate date, ConsentPolicy policy) {
        Objects.requireNonNull(giver, "giver");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(policy, "policy");
        Optional<FamilyMember> about = family.member(Objects.requireNonNull(member, "member"));
        if (about.isEmpty()) {
            return false;
        }
        Needed needed = needed(about.get(), date, policy);
        if (giver.equals(member)) {
            return needed.own();
        }
        if (needed.adult()) {
            return family.represents(giver, member, date);
        }
        return needed.holder() && family.holdsAuthorityOver(giver, member, date, policy);
    }

    /**
     * Whose consent {@code member} needs on {@code date} under {@code policy} (method §11, {@link ConsentPolicy}),
     * by their age on that day, or by role without a birth date.
     *
     * @param adult an adult: their own consent, or their representative's
     * @param own the member's own consent: an adult's, or a child's from the age of joint consent (a young
     *     person without a birth date)
     * @param holder a holder of authority's: for a child under the age of consent alone
     */
    private record Needed(boolean adult, boolean own, boolean holder) {
    }

    private static Needed needed(FamilyMember member, LocalDate date, ConsentPolicy policy) {
        Optional<Integer> age = member.person().ageOn(date);
        if (!age.map(a -> a < policy.adultFrom()).orElse(member.role().isChild())) {
            return new Needed(true, true, false);
        }
        return new Needed(false, age.map(a -> a >= policy.jointFrom()).orElse(member.role() == Role.YOUNG_PERSON),
            age.map(a -> a < policy.aloneFrom()).orElse(true));
    }

    /** Whether every involvement of {@code organisation} in this case ended before {@code date}. */
    private boolean involvementEnded(OrganisationId organisation, LocalDate date) {
        List<InvolvedOrganisation> involvements = KeyedList.<OrganisationId, InvolvedOrganisation>keyed(organisations)
            .with(organisation);
        for (InvolvedOrganisation involvement : involvements) {
            Optional<LocalDate> until = involvement.until();
            if (until.isEmpty() || !date.isAfter(until.get())) {
                return false;
            }
        }
        return !involvements.isEmpty();
    }

    /** The organisation with this identifier, if it is involved. */
    public Optional<InvolvedOrganisation> organisation(OrganisationId organisationId) {
        return KeyedList.<OrganisationId, InvolvedOrganisation>keyed(organisations).first(organisationId);
    }

    private int indexOfOrganisation(OrganisationId organisationId) {
        for (int i = 0; i < organisations.size(); i++) {
            if (organisations.get(i).id().equals(organisationId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("case " + id + " has no organisation " + organisationId);
    }

    private Case withDecisions(List<IntakeDecision> changed) {
        return new Case(id, catalog, family, referral, changed, phases, model, team, organisations, consents,
            exchanges, outreach);
    }

    private Case withPhases(List<PhaseChange> changed) {
        return new Case(id, catalog, family, referral, decisions, changed, model, team, organisations, consents,
            exchanges, outreach);
    }

    /** Identifiers only: a case's personal data never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Case[id=" + id + ", phase=" + currentPhase().orElse(null) + "]";
    }
}
