package nl.regiekit.casemodel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import nl.regiekit.casemodel.internal.Require;

/**
 * Who may consent for whom (method §11), by age on the day of the exchange, as policy an
 * organisation may change. The defaults follow Dutch practice (the medical treatment act, WGBO,
 * and the youth act, Jeugdwet): an adult consents for their own data, or their representative does
 * ({@link Representation}); for a child under 12 the holders of authority consent
 * ({@link Authority}); from 12 to 16 the child and a holder of authority consent together; from 16
 * the young person consents alone. A child whose birth date is not recorded is treated by role: a
 * {@link Role#CHILD} as under the age of joint consent, a {@link Role#YOUNG_PERSON} as needing both.
 * Whether a child's legal parents ({@link Parenthood#legal()}) are taken to hold authority where none is
 * recorded is the organisation's choice too; by default they are not, because legal parenthood and
 * authority are different things (method §11) and a legal parent may not hold it, such as a father who
 * recognised the child without joint authority. Immutable and thread-safe.
 *
 * <p>Invariants: {@code 0 <= jointFrom <= aloneFrom <= adultFrom <= 30}.
 *
 * @param jointFrom the age from which a child consents together with a holder of authority; default 12
 * @param aloneFrom the age from which a young person consents alone; default 16
 * @param adultFrom the age of majority, from which a member is an adult; default 18
 * @param legalParentsHoldAuthority whether, for a child with no authority recorded at all, its legal
 *     parents are taken to hold authority over it; for an organisation whose registration records legal
 *     parents but not authority. Default false, authority is recorded
 */
public record ConsentPolicy(@Min(0) @Max(30) int jointFrom, @Min(0) @Max(30) int aloneFrom,
                            @Min(0) @Max(30) int adultFrom, boolean legalParentsHoldAuthority) {

    /** The defaults: 12, 16 and 18, and authority only where it is recorded. */
    public static final ConsentPolicy DEFAULTS = new ConsentPolicy(12, 16, 18, false);

    /** @throws nl.regiekit.casemodel.finding.ModelViolation if the ages are out of order or out of range */
    public ConsentPolicy {
        Require.range(adultFrom, 0, 30, "adultFrom");
        Require.range(aloneFrom, 0, adultFrom, "aloneFrom");
        Require.range(jointFrom, 0, aloneFrom, "jointFrom");
    }

    /**
     * These ages, with authority only where it is recorded.
     *
     * @throws nl.regiekit.casemodel.finding.ModelViolation if the ages are out of order or out of range
     */
    public ConsentPolicy(int jointFrom, int aloneFrom, int adultFrom) {
        this(jointFrom, aloneFrom, adultFrom, false);
    }

    /** This policy with legal parents taken, or not, to hold authority over a child where none is recorded. */
    public ConsentPolicy withLegalParentsHoldingAuthority(boolean hold) {
        return new ConsentPolicy(jointFrom, aloneFrom, adultFrom, hold);
    }
}
