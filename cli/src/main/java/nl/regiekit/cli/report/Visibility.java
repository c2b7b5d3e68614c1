package nl.regiekit.cli.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;

/**
 * What a report may show: everything, or what one organisation may see under the case's consents
 * on one date ({@link Case#mayExchange}). A member may be named when some consent covers them on at
 * least one life domain; a part about members and domains appears when every pair is covered; a part
 * about the whole family (its balance, its story) appears only when every member is covered on every
 * domain of the case's catalogue. Immutable and thread-safe.
 */
final class Visibility {

    private final Case subject;
    private final Optional<OrganisationId> organisation;
    private final LocalDate date;
    private final List<LifeDomainCode> domains;

    private Visibility(Case subject, Optional<OrganisationId> organisation, LocalDate date,
                       Optional<LifeDomainCatalog> catalog) {
        this.subject = subject;
        this.organisation = organisation;
        this.date = date;
        this.domains = catalog.map(c -> c.domains().stream().map(LifeDomain::code).toList()).orElse(List.of());
    }

    /** Everything: the case manager's report. */
    static Visibility full(Case subject) {
        return new Visibility(subject, Optional.empty(), LocalDate.MIN, Optional.empty());
    }

    /** What {@code organisation} may see on {@code date}. */
    static Visibility limited(Case subject, OrganisationId organisation, LocalDate date,
                              Optional<LifeDomainCatalog> catalog) {
        return new Visibility(subject, Optional.of(organisation), date, catalog);
    }

    /** The organisation the report is limited to, if it is. */
    Optional<OrganisationId> organisation() {
        return organisation;
    }

    boolean isFull() {
        return organisation.isEmpty();
    }

    /** Whether {@code member} may be named: some consent covers them on some domain. */
    boolean member(PersonId member) {
        return isFull() || domains.stream().anyMatch(d -> pair(member, d));
    }

    /** Whether information about {@code members} (empty: the whole family) on {@code about} (empty: every domain) may appear. */
    boolean all(List<PersonId> members, List<LifeDomainCode> about) {
        if (isFull()) {
            return true;
        }
        List<PersonId> who = members.isEmpty() ? everyone() : members;
        List<LifeDomainCode> what = about.isEmpty() ? domains : about;
        return !what.isEmpty() && who.stream().allMatch(m -> what.stream().allMatch(d -> pair(m, d)));
    }

    /** Whether the whole family may be shown on every domain. */
    boolean everything() {
        return all(List.of(), List.of());
    }

    private List<PersonId> everyone() {
        return subject.family().members().stream().map(FamilyMember::id).toList();
    }

    private boolean pair(PersonId member, LifeDomainCode domain) {
        return subject.mayExchange(organisation.orElseThrow(), member, domain, date);
    }
}
