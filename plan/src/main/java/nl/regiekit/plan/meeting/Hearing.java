package nl.regiekit.plan.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Role;
import nl.regiekit.casemodel.SafetyMeasure;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.Responsible;

/**
 * Who may take part in, hear and receive what at a meeting of one case on one date (method §10, §11):
 * an organisation hears about members on life domains only where {@link Case#mayExchange} under the
 * organisation's consent policy covers each of them on each domain; the adult client system is
 * invited and informed except a member a safety restriction keeps out. The catalogue's domains stand
 * for "every domain"; a case whose catalogue is unknown has none, so nobody hears about anyone.
 */
final class Hearing {

    private final Case subject;
    private final LocalDate date;
    private final ConsentPolicy policy;
    private final List<LifeDomainCode> domains;

    Hearing(Case subject, LocalDate date, ConsentPolicy policy, LifeDomainCatalogs catalogs) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.date = Objects.requireNonNull(date, "date");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.domains = catalogs.find(subject.catalog()).map(LifeDomainCatalog::domains).orElse(List.of()).stream()
            .map(LifeDomain::code).toList();
    }

    /** Every member of the family, in its order: what a point concerns when its text may be about anyone. */
    List<PersonId> everyone() {
        return subject.family().members().stream().map(FamilyMember::id).toList();
    }

    /** The domains of the case's catalogue: what a point is about when it is not about one domain. */
    List<LifeDomainCode> everyDomain() {
        return domains;
    }

    /** Whether {@code organisation} may hear about each of {@code members} on each of {@code about}. */
    boolean mayHear(OrganisationId organisation, List<PersonId> members, List<LifeDomainCode> about) {
        return !about.isEmpty() && members.stream().allMatch(m -> about.stream()
            .allMatch(d -> subject.mayExchange(organisation, m, d, date, policy)));
    }

    /** Whether {@code organisation} may hear about {@code member} on some domain: may name them. */
    boolean mayName(OrganisationId organisation, PersonId member) {
        return domains.stream().anyMatch(d -> subject.mayExchange(organisation, member, d, date, policy));
    }

    /**
     * Whether {@code organisation} may hear {@code agreement}. Its text is free, so what it concerns is
     * read from who keeps it: a member, that member on every domain; an organisation, the members and
     * domains of that organisation's involvement (all of them where it lists none); a professional or
     * no one, the whole family on every domain.
     */
    boolean mayHear(OrganisationId organisation, Agreement agreement) {
        Optional<Responsible> who = agreement.who();
        if (who.flatMap(Responsible::member).isPresent()) {
            return mayHear(organisation, List.of(who.get().member().get()), domains);
        }
        Optional<InvolvedOrganisation> keeper = who.flatMap(Responsible::organisation).flatMap(subject::organisation);
        if (keeper.isPresent()) {
            List<PersonId> members = keeper.get().members();
            List<LifeDomainCode> about = keeper.get().domains();
            return mayHear(organisation, members.isEmpty() ? everyone() : members, about.isEmpty() ? domains : about);
        }
        return mayHear(organisation, everyone(), domains);
    }

    /** The organisations involved that may hear {@code agreement} ({@link #mayHear(OrganisationId, Agreement)}). */
    List<OrganisationId> audience(Agreement agreement) {
        return involved().stream().filter(o -> mayHear(o, agreement)).toList();
    }

    /** The organisations involved on the date, in the case's order. */
    List<OrganisationId> involved() {
        return subject.organisations().stream().filter(o -> o.involvedOn(date)).map(InvolvedOrganisation::id).toList();
    }

    /** The organisations involved that may hear a point about {@code members} on {@code about}. */
    List<OrganisationId> audience(List<PersonId> members, List<LifeDomainCode> about) {
        return involved().stream().filter(o -> mayHear(o, members, about)).toList();
    }

    /** The members {@code organisation} may name, in the family's order. */
    List<PersonId> named(OrganisationId organisation) {
        return everyone().stream().filter(m -> mayName(organisation, m)).toList();
    }

    /** Whether {@code member} belongs to the adult client system: a parent, or of age under the policy. */
    boolean isAdult(FamilyMember member) {
        return member.role() == Role.PARENT
            || member.person().ageOn(date).filter(a -> a >= policy.adultFrom()).isPresent();
    }

    /** Whether a safety restriction in force keeps {@code member} from {@code measure}'s part of the meeting. */
    boolean restricted(PersonId member, SafetyMeasure measure) {
        return subject.family().restricts(member, measure, date);
    }
}
