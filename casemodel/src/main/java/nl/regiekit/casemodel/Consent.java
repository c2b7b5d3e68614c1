package nl.regiekit.casemodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * Consent per party (toestemmingsverklaring, method §11): whether information about the family
 * may be gathered from or exchanged with one organisation, given (or refused) by one member,
 * limited to a scope, with its dated history of being granted, refused and withdrawn, and an
 * optional expiry. When the lawful basis is not {@link LawfulBasis#CONSENT} the exchange rests
 * on that basis and the history may be empty. The giver consents for themselves and, as their
 * legal representative, for the members the record names on whose behalf it was given (a parent
 * with authority for a child, a curator or mentor for an adult); whether they were entitled to,
 * on the day of an exchange, is the case's question ({@link Case#mayConsentFor}). Immutable and
 * thread-safe.
 *
 * <p>Invariants: the changes are in date order; the expiry is not before the first change; the
 * members on whose behalf it was given are each named once, are not the giver, and are within the
 * scope.
 *
 * @param id the identifier; never null
 * @param organisation the party the information is exchanged with; never null
 * @param givenBy the member who gave or refused it; never null
 * @param scope what it covers; never null
 * @param basis the lawful basis; never null
 * @param changes the dated changes, oldest first; never null
 * @param expires the last day it is valid, if limited in time; never null
 * @param form whether it was given orally or as a signed statement, if recorded; never null
 * @param onBehalfOf the members besides the giver for whom it was given, as their legal
 *     representative; empty when the record does not say, and then it stands for every member of the
 *     scope whom the giver may consent for; never null
 */
public record Consent(@NotNull ConsentId id, @NotNull OrganisationId organisation, @NotNull PersonId givenBy,
                      @NotNull @Valid ConsentScope scope, @NotNull LawfulBasis basis,
                      List<@Valid ConsentChange> changes, Optional<LocalDate> expires, Optional<ConsentForm> form,
                      List<@NotNull PersonId> onBehalfOf) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation with {@link ModelCodes#DATE_ORDER} if the changes are out of date order;
     *     with {@link ModelCodes#VALUE_INVALID} if it is given on behalf of its giver or of a member
     *     outside its scope; with {@link ModelCodes#DUPLICATE_ID} if it names a member on whose behalf
     *     it was given twice
     */
    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(givenBy, "givenBy");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(basis, "basis");
        changes = Require.list(changes);
        expires = Require.optional(expires);
        form = Require.optional(form);
        onBehalfOf = Require.list(onBehalfOf);
        Require.uniqueKeys(onBehalfOf, member -> member, "onBehalfOf");
        for (int i = 0; i < onBehalfOf.size(); i++) {
            PersonId member = onBehalfOf.get(i);
            if (member.equals(givenBy) || !scope.about().isEmpty() && !scope.about().contains(member)) {
                throw new ModelViolation(ModelCodes.VALUE_INVALID, "/onBehalfOf/" + i);
            }
        }
        for (int i = 1; i < changes.size(); i++) {
            if (changes.get(i).date().isBefore(changes.get(i - 1).date())) {
                throw new ModelViolation(ModelCodes.DATE_ORDER, "/changes/" + i + "/date");
            }
        }
        if (expires.isPresent() && !changes.isEmpty() && expires.get().isBefore(changes.get(0).date())) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/expires");
        }
    }

    /**
     * A consent that does not say on whose behalf it was given.
     *
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation with {@link ModelCodes#DATE_ORDER} if the changes are out of date order
     */
    public Consent(ConsentId id, OrganisationId organisation, PersonId givenBy, ConsentScope scope, LawfulBasis basis,
                   List<ConsentChange> changes, Optional<LocalDate> expires, Optional<ConsentForm> form) {
        this(id, organisation, givenBy, scope, basis, changes, expires, form, List.of());
    }

    /**
     * A consent without its form recorded.
     *
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation with {@link ModelCodes#DATE_ORDER} if the changes are out of date order
     */
    public Consent(ConsentId id, OrganisationId organisation, PersonId givenBy, ConsentScope scope, LawfulBasis basis,
                   List<ConsentChange> changes, Optional<LocalDate> expires) {
        this(id, organisation, givenBy, scope, basis, changes, expires, Optional.empty());
    }

    /** The status on {@code date}: the last change on or before it, if any. Ignores the basis and expiry. */
    public Optional<ConsentStatus> statusOn(LocalDate date) {
        ConsentStatus status = null;
        for (ConsentChange change : changes) {
            if (change.date().isAfter(date)) {
                break;
            }
            status = change.status();
        }
        return Optional.ofNullable(status);
    }

    /**
     * Whether this consent, on its own terms, lets information about {@code member} on
     * {@code domain} be exchanged with its organisation on {@code date}: the scope covers it, it has
     * not expired, and it is in force: a consent granted on that date, or another lawful basis
     * that has no history or was last granted (started) on or before that date and not withdrawn.
     * Whether its giver may consent for that member is the case's question, not the consent's:
     * ask {@link Case#mayExchange}, which everything that discloses goes through.
     */
    public boolean permits(PersonId member, LifeDomainCode domain, LocalDate date) {
        if (!scope.covers(member, domain) || expires.filter(date::isAfter).isPresent()) {
            return false;
        }
        if (basis != LawfulBasis.CONSENT && changes.isEmpty()) {
            return true;
        }
        return statusOn(date).filter(s -> s == ConsentStatus.GRANTED).isPresent();
    }

    /**
     * Whether this consent, given by {@link #givenBy()}, is meant to stand for {@code member}: the giver
     * themselves, or a member on whose behalf it was given, or, when the record does not say, any
     * member. Whether the giver was entitled to is asked of the case ({@link Case#mayConsentFor}).
     */
    public boolean standsFor(PersonId member) {
        return onBehalfOf.isEmpty() || givenBy.equals(member) || onBehalfOf.contains(member);
    }

    /** This consent with one more change. */
    public Consent with(ConsentChange change) {
        List<ConsentChange> more = new java.util.ArrayList<>(changes);
        more.add(change);
        return new Consent(id, organisation, givenBy, scope, basis, more, expires, form, onBehalfOf);
    }
}
