package nl.regiekit.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.CaseManagementModel;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.ContactAttempt;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.Household;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.InformationExchange;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogId;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.PhaseChange;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.casemodel.ProblemInventory;
import nl.regiekit.casemodel.Referral;
import nl.regiekit.casemodel.Team;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.PlanVersion;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.Signal;
import nl.regiekit.plan.view.OrganisationPlanView;

/**
 * A case file as one reader may see it on one date: everything (the case manager, who coordinates
 * the case) or what one organisation may see under the case's consents (method §11,
 * {@link Case#mayExchange}, under the organisation's own {@link ConsentPolicy}). This is the one place
 * where a case file is cut down for an organisation; every limited output (report, service response,
 * the {@code plan view} command) is built from it.
 *
 * <p>A limited view's public API gives only what it may show: no query hands out the case file, the
 * case or a member it withholds; {@link #whole()} is empty. A member may be named when some consent
 * covers them on at least one life domain of the case's catalogue; a part about members and domains
 * may appear when every pair is covered; a part about the whole family (its balance, its story, its
 * referral, its households) only when every member is covered on every domain; a plan shows only
 * what {@link OrganisationPlanView} keeps, and never its narrative sections; the genogram, sociogram,
 * ecogram and meetings never. In every view, only what was written or held by the view's date appears.
 * Immutable and thread-safe.
 */
public final class CaseFileView {

    private final CaseFile file;
    private final Optional<OrganisationId> organisation;
    private final LocalDate date;
    private final List<LifeDomainCode> domains;
    private final ConsentPolicy policy;
    private final Monitor monitor;

    private CaseFileView(CaseFile file, Optional<OrganisationId> organisation, LocalDate date,
                         Optional<LifeDomainCatalog> catalog, OrganisationPolicy policy) {
        this.file = file;
        this.organisation = organisation;
        this.date = date;
        this.domains = catalog.map(c -> c.domains().stream().map(LifeDomain::code).toList()).orElse(List.of());
        this.policy = policy.consent();
        this.monitor = policy.monitor();
    }

    /**
     * Everything in {@code file} on {@code date}: the view of the case manager, who coordinates the case,
     * with the signals of the default policy's monitor ({@link #full(CaseFile, LocalDate, RegiekitConfig)}
     * with {@link RegiekitConfig#defaults()}).
     *
     * @throws NullPointerException if an argument is null
     */
    public static CaseFileView full(CaseFile file, LocalDate date) {
        return full(file, date, RegiekitConfig.defaults());
    }

    /**
     * Everything in {@code file} on {@code date}: the view of the case manager, who coordinates the case,
     * with the signals of {@code config}'s monitor.
     *
     * @throws NullPointerException if an argument is null
     */
    public static CaseFileView full(CaseFile file, LocalDate date, RegiekitConfig config) {
        return new CaseFileView(Objects.requireNonNull(file, "file"), Optional.empty(),
            Objects.requireNonNull(date, "date"), Optional.empty(), Objects.requireNonNull(config, "config").policy());
    }

    /**
     * What {@code organisation} may see of {@code file} on {@code date} under the case's consents,
     * read per life domain of the case's catalogue, found in {@code config}'s catalogues (a case whose
     * catalogue is not there shows no member), by the ages of {@code config}'s consent policy, with the
     * signals of its monitor.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the organisation is not involved in the case
     */
    public static CaseFileView forOrganisation(CaseFile file, OrganisationId organisation, LocalDate date,
                                               RegiekitConfig config) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(config, "config");
        if (file.subject().organisation(organisation).isEmpty()) {
            throw new IllegalArgumentException("case " + file.subject().id() + " has no organisation " + organisation);
        }
        return new CaseFileView(file, Optional.of(organisation), date,
            config.catalogues().lifeDomains().find(file.subject().catalog()), config.policy());
    }

    /** The whole case file, in the full view only: a limited view gives no way to it. */
    public Optional<CaseFile> whole() {
        return isFull() ? Optional.of(file) : Optional.empty();
    }

    /** The case's identifier. Never null. */
    public CaseId caseId() {
        return subject().id();
    }

    /** The life-domain catalogue the case uses. Never null. */
    public LifeDomainCatalogId catalog() {
        return subject().catalog();
    }

    /** The date the consents are read on. Never null. */
    public LocalDate date() {
        return date;
    }

    /** The organisation the view is limited to, or empty for the full view. */
    public Optional<OrganisationId> organisation() {
        return organisation;
    }

    /** Whether this is the full view. */
    public boolean isFull() {
        return organisation.isEmpty();
    }

    // --- the case

    /** The date of the referral: it says nothing about a member. Never null. */
    public LocalDate referredOn() {
        return subject().referral().date();
    }

    /** The referral (its signals, reasons and acute danger name members): only where the whole family may be shown. */
    public Optional<Referral> referral() {
        return mayShowFamily() ? Optional.of(subject().referral()) : Optional.empty();
    }

    /** The phases entered by the view's date, oldest first. Never null. */
    public List<PhaseChange> phases() {
        return subject().phases().stream().filter(p -> !p.since().isAfter(date)).toList();
    }

    /** The phase on {@code day}, for a day up to the view's date; empty for a later day. */
    public Optional<Phase> phaseOn(LocalDate day) {
        return Objects.requireNonNull(day, "day").isAfter(date) ? Optional.empty() : subject().phaseOn(day);
    }

    /** The model of case management, once chosen. Never null. */
    public Optional<CaseManagementModel> model() {
        return subject().model();
    }

    /** The team of professionals. Never null. */
    public Team team() {
        return subject().team();
    }

    /** The members that may be named, in family order. Never null. */
    public List<FamilyMember> members() {
        return subject().family().members().stream().filter(m -> mayName(m.id())).toList();
    }

    /** The households: where the whole family may be shown, else none. Never null. */
    public List<Household> households() {
        return mayShowFamily() ? subject().family().households() : List.of();
    }

    /**
     * The members who hold authority over {@code child} on the view's date (under the consent policy),
     * when the view may name the child and every one of them; none otherwise, since a part of them would
     * misstate who holds it. Never null.
     *
     * @throws NullPointerException if {@code child} is null
     */
    public Set<PersonId> authorityOver(PersonId child) {
        Objects.requireNonNull(child, "child");
        Set<PersonId> holders = subject().family().authorityOver(child, date, policy);
        return mayName(child) && holders.stream().allMatch(this::mayName) ? holders : Set.of();
    }

    /**
     * The institution that holds authority over {@code child} as guardian on the view's date, when the view
     * may name the child and shows the institution's involvement ({@link #organisations()}).
     *
     * @throws NullPointerException if {@code child} is null
     */
    public Optional<OrganisationId> guardianOver(PersonId child) {
        Objects.requireNonNull(child, "child");
        return subject().family().institutionOver(child, date).filter(institution -> mayName(child)
            && organisations().stream().anyMatch(o -> o.id().equals(institution)));
    }

    /**
     * The involved organisations whose members (everyone, if it names none) are covered on each of its
     * domains: the involvement, its reason and its members say something about them. Never null.
     */
    public List<InvolvedOrganisation> organisations() {
        return subject().organisations().stream().filter(o -> mayShow(o.members(), o.domains())).toList();
    }

    /**
     * The name of an involved organisation, or its identifier if it is not involved. Never null.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public String organisationName(OrganisationId id) {
        return subject().organisation(Objects.requireNonNull(id, "id")).map(InvolvedOrganisation::name)
            .orElse(id.value());
    }

    /**
     * The consents shown: all in the full view; in a limited one the organisation's own, given by, about
     * and on behalf of members it may name (a consent about someone else would say that person exists).
     * Never null.
     */
    public List<Consent> consents() {
        return subject().consents().stream().filter(c -> isFull() || organisation.filter(c.organisation()::equals)
            .isPresent() && mayName(c.givenBy()) && c.scope().about().stream().allMatch(this::mayName)
            && c.onBehalfOf().stream().allMatch(this::mayName)).toList();
    }

    /**
     * The information exchanges recorded up to the view's date, in the case's order: all in the full view; in a
     * limited one the organisation's own, and only those about members it may name, each whole or not at all
     * (an exchange that names someone it may not see would say that person exists). Never null.
     */
    public List<InformationExchange> exchanges() {
        return subject().exchanges().stream().filter(e -> !e.date().isAfter(date))
            .filter(e -> isFull() || organisation.filter(e.organisation()::equals).isPresent()
                && e.about().stream().allMatch(this::mayName)).toList();
    }

    // --- what may be shown

    /**
     * Whether {@code member} may be named: some consent covers them on some domain.
     *
     * @throws NullPointerException if {@code member} is null
     */
    public boolean mayName(PersonId member) {
        Objects.requireNonNull(member, "member");
        return isFull() || domains.stream().anyMatch(d -> covered(member, d));
    }

    /**
     * Whether information about {@code members} (empty: the whole family) on {@code about} (empty:
     * every domain of the catalogue) may appear.
     *
     * @throws NullPointerException if an argument is null
     */
    public boolean mayShow(List<PersonId> members, List<LifeDomainCode> about) {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(about, "about");
        if (isFull()) {
            return true;
        }
        List<PersonId> who = members.isEmpty() ? everyone() : members;
        List<LifeDomainCode> what = about.isEmpty() ? domains : about;
        return !what.isEmpty() && who.stream().allMatch(m -> what.stream().allMatch(d -> covered(m, d)));
    }

    /** Whether the whole family may be shown on every domain: its balance, its story, its pictures. */
    public boolean mayShowFamily() {
        return mayShow(List.of(), List.of());
    }

    /** The identifiers of the members that may be named, in family order. Never null. */
    public List<PersonId> namedMembers() {
        return members().stream().map(FamilyMember::id).toList();
    }

    // --- the plans

    /**
     * What this view shows of each plan written by the view's date, in the case file's order: the
     * version in force then, whole in the full view, or cut to the organisation's consents; the youth
     * plans written and evaluations held by then. Never null.
     */
    public List<PlanShown> plans() {
        return file.plans().stream().flatMap(plan -> plan.versionOn(date).map(v -> shown(plan, v)).stream()).toList();
    }

    private PlanShown shown(HelpPlan plan, PlanVersion version) {
        if (isFull()) {
            PlanContent content = version.content();
            return new PlanShown(plan.id(), version.number(), version.date(), version.reason(),
                Optional.of(content), content.situation(), content.goals(), content.trajectories(),
                content.agreements(), content.roles(), plan.youthPlans().stream()
                    .filter(y -> !y.date().isAfter(date)).toList(),
                evaluations(plan, plan.evaluations().stream().filter(e -> !e.date().isAfter(date)).toList()));
        }
        OrganisationPlanView view = OrganisationPlanView.of(subject(), plan, organisation.orElseThrow(), date, policy)
            .orElseThrow();
        return new PlanShown(plan.id(), view.version(), version.date(), version.reason(),
            Optional.empty(), view.situation(), view.goals(), view.trajectories(), view.agreements(), view.roles(),
            view.youthPlans(), evaluations(plan, view.evaluations()));
    }

    /** Each evaluation with the goals its scores are about, as the version evaluated had them. */
    private static List<EvaluationShown> evaluations(HelpPlan plan, List<Evaluation> evaluations) {
        return evaluations.stream().map(e -> {
            PlanContent evaluated = plan.version(e.planVersion()).content();
            List<Goal> goals = e.scores().stream().flatMap(s -> evaluated.goal(s.goal()).stream()).toList();
            return new EvaluationShown(e, goals);
        }).toList();
    }

    /**
     * The identifiers of the goals, trajectories and agreements this view shows of any plan, typed: a
     * monitoring signal about anything else is withheld, also one about a consent or a case whose
     * identifier reads the same as a goal shown. Never null.
     */
    public Set<Identifier> shownPlanParts() {
        return plans().stream()
            .flatMap(p -> Stream.<Stream<? extends Identifier>>of(p.goals().stream().map(g -> g.id()),
                p.trajectories().stream().map(t -> t.id()),
                p.agreements().stream().map(a -> a.id())).flatMap(s -> s))
            .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The open signals on the view's date (method §10) of the configuration's monitor: all of them in the
     * full view; in a limited one those about a goal, trajectory or agreement it shows. Never null.
     */
    public List<Signal> signals() {
        List<Signal> open = monitor.signals(file.monitored(), date);
        if (isFull()) {
            return open;
        }
        Set<Identifier> shown = shownPlanParts();
        return open.stream().filter(s -> shown.contains(s.subject())).toList();
    }

    // --- outreach

    /** Whether the case records its outreach (contact attempts, practical help, problem inventory). */
    public boolean outreachRecorded() {
        return subject().outreach().isPresent();
    }

    /**
     * The contact attempts this view shows (method §1, §4 phase 1), made by the view's date: they are about
     * the whole family, so all of them where the whole family may be shown, none otherwise. Never null.
     */
    public List<ContactAttempt> contactAttempts() {
        return mayShowFamily() ? subject().outreachOrNone().attempts().stream()
            .filter(a -> !a.date().isAfter(date)).toList() : List.of();
    }

    /**
     * The practical help on the spot this view shows, given by the view's date: each piece whose members
     * (empty: the whole family) may be shown on its life domain. Never null.
     */
    public List<PracticalHelp> practicalHelp() {
        return subject().outreachOrNone().practicalHelp().stream().filter(h -> !h.date().isAfter(date))
            .filter(h -> mayShow(h.members(), List.of(h.domain()))).toList();
    }

    /**
     * The life domains of the problem inventory this view shows (method §4 phase 2): each whose domain
     * may be shown for the whole family. Never null.
     */
    public List<InventoryEntry> inventory() {
        return subject().outreachOrNone().inventory().map(ProblemInventory::domains).orElse(List.of()).stream()
            .filter(e -> mayShow(List.of(), List.of(e.domain()))).toList();
    }

    /** The day the problem inventory was agreed, if that was by the view's date. */
    public Optional<LocalDate> inventoryAgreed() {
        return subject().outreachOrNone().inventory().flatMap(ProblemInventory::agreed).filter(d -> !d.isAfter(date));
    }

    // --- the balance model

    /**
     * The balance-model assessments of the family as a whole made by the view's date, oldest first: where
     * the whole family may be shown, else none. Never null.
     */
    public List<Assessment> familyAssessments() {
        if (!mayShowFamily()) {
            return List.of();
        }
        return file.assessments().stream().filter(a -> a.member().isEmpty() && !a.date().isAfter(date))
            .sorted(java.util.Comparator.comparing(Assessment::date)).toList();
    }

    /** The self-reliance histories: where the whole family may be shown, else none. Never null. */
    public List<SelfRelianceHistory> selfReliance() {
        return mayShowFamily() ? file.selfReliance() : List.of();
    }

    /** Identifiers only. */
    @Override
    public String toString() {
        return "CaseFileView[case=" + caseId() + ", organisation=" + organisation.map(OrganisationId::value)
            .orElse("(full)") + ", date=" + date + "]";
    }

    private Case subject() {
        return file.subject();
    }

    private List<PersonId> everyone() {
        return subject().family().members().stream().map(FamilyMember::id).toList();
    }

    private boolean covered(PersonId member, LifeDomainCode domain) {
        return subject().mayExchange(organisation.orElseThrow(), member, domain, date, policy);
    }
}
