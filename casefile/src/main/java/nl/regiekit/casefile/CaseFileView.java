package nl.regiekit.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.ContactAttempt;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.casemodel.ProblemInventory;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.PlanVersion;
import nl.regiekit.plan.view.OrganisationPlanView;

/**
 * A case file as one reader may see it on one date: everything (the case manager, who coordinates
 * the case) or what one organisation may see under the case's consents (method §11,
 * {@link Case#mayExchange}). This is the one place where a case file is cut down for an
 * organisation; every limited output (report, agenda, distribution list, service response) is built
 * from it.
 *
 * <p>For an organisation: a member may be named when some consent covers them on at least one life
 * domain of the case's catalogue; a part about members and domains may appear when every pair is
 * covered; a part about the whole family (its balance, its story) only when every member is covered
 * on every domain; a plan shows only what {@link OrganisationPlanView} keeps, and never its narrative
 * sections. Immutable and thread-safe.
 */
public final class CaseFileView {

    private final CaseFile file;
    private final Optional<OrganisationId> organisation;
    private final LocalDate date;
    private final List<LifeDomainCode> domains;

    private CaseFileView(CaseFile file, Optional<OrganisationId> organisation, LocalDate date,
                         Optional<LifeDomainCatalog> catalog) {
        this.file = file;
        this.organisation = organisation;
        this.date = date;
        this.domains = catalog.map(c -> c.domains().stream().map(LifeDomain::code).toList()).orElse(List.of());
    }

    /**
     * Everything in {@code file} on {@code date}: the view of the case manager, who coordinates the case.
     *
     * @throws NullPointerException if an argument is null
     */
    public static CaseFileView full(CaseFile file, LocalDate date) {
        return new CaseFileView(Objects.requireNonNull(file, "file"), Optional.empty(),
            Objects.requireNonNull(date, "date"), Optional.empty());
    }

    /**
     * What {@code organisation} may see of {@code file} on {@code date} under the case's consents,
     * read per life domain of the case's catalogue, found in {@code catalogs} (a case whose catalogue
     * is not there shows no member).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the organisation is not involved in the case
     */
    public static CaseFileView forOrganisation(CaseFile file, OrganisationId organisation, LocalDate date,
                                               LifeDomainCatalogs catalogs) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(catalogs, "catalogs");
        if (file.subject().organisation(organisation).isEmpty()) {
            throw new IllegalArgumentException("case " + file.subject().id() + " has no organisation " + organisation);
        }
        return new CaseFileView(file, Optional.of(organisation), date, catalogs.find(file.subject().catalog()));
    }

    /** The whole case file; what a limited view shows of it is asked of this view. Never null. */
    public CaseFile file() {
        return file;
    }

    /** The case. Never null. */
    public Case subject() {
        return file.subject();
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

    /** The members that may be named, in family order. Never null. */
    public List<PersonId> namedMembers() {
        return everyone().stream().filter(this::mayName).toList();
    }

    /**
     * What this view shows of {@code plan}: the version in force on the view's date (the first
     * version before it), whole in the full view, or cut to the organisation's consents.
     *
     * @throws NullPointerException if {@code plan} is null
     * @throws IllegalArgumentException if the plan is not one of this case file's
     */
    public PlanShown plan(HelpPlan plan) {
        Objects.requireNonNull(plan, "plan");
        if (!file.plans().contains(plan)) {
            throw new IllegalArgumentException("plan " + plan.id() + " is not in case file of " + subject().id());
        }
        PlanVersion version = plan.versionOn(date).orElse(plan.first());
        if (isFull()) {
            PlanContent content = version.content();
            return new PlanShown(plan.id(), version.number(), Optional.of(content), content.situation(),
                content.goals(), content.trajectories(), content.agreements(), content.roles(), plan.youthPlans(),
                plan.evaluations());
        }
        OrganisationPlanView view = OrganisationPlanView.of(subject(), plan, organisation.orElseThrow(), date);
        return new PlanShown(plan.id(), view.version(), Optional.empty(), view.situation(), view.goals(),
            view.trajectories(), view.agreements(), view.roles(), view.youthPlans(), view.evaluations());
    }

    /**
     * The identifiers of the goals, trajectories and agreements this view shows of any plan, typed: a
     * monitoring signal about anything else is withheld, also one about a consent or a case whose
     * identifier reads the same as a goal shown. Never null.
     */
    public Set<Identifier> shownPlanParts() {
        return file.plans().stream().map(this::plan)
            .flatMap(p -> Stream.<Stream<? extends Identifier>>of(p.goals().stream().map(g -> g.id()),
                p.trajectories().stream().map(t -> t.id()),
                p.agreements().stream().map(a -> a.id())).flatMap(s -> s))
            .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The contact attempts this view shows (method §1, §4 phase 1): they are about the whole family, so
     * all of them where the whole family may be shown, none otherwise. Never null.
     */
    public List<ContactAttempt> contactAttempts() {
        return mayShowFamily() ? subject().outreachOrNone().attempts() : List.of();
    }

    /**
     * The practical help on the spot this view shows: each piece whose members (empty: the whole
     * family) may be shown on its life domain. Never null.
     */
    public List<PracticalHelp> practicalHelp() {
        return subject().outreachOrNone().practicalHelp().stream()
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

    private List<PersonId> everyone() {
        return subject().family().members().stream().map(FamilyMember::id).toList();
    }

    private boolean covered(PersonId member, LifeDomainCode domain) {
        return subject().mayExchange(organisation.orElseThrow(), member, domain, date);
    }
}
