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
 * Immutable and thread-safe.
 *
 * <p>Invariants: {@code 0 <= jointFrom <= aloneFrom <= adultFrom <= 30}.
 *
 * @param jointFrom the age from which a child consents together with a holder of authority; default 12
 * @param aloneFrom the age from which a young person consents alone; default 16
 * @param adultFrom the age of majority, from which a member is an adult; default 18
 */
public record ConsentPolicy(@Min(0) @Max(30) int jointFrom, @Min(0) @Max(30) int aloneFrom,
                            @Min(0) @Max(30) int adultFrom) {

    /** The defaults: 12, 16 and 18. */
    public static final ConsentPolicy DEFAULTS = new ConsentPolicy(12, 16, 18);

    /** @throws nl.regiekit.casemodel.finding.ModelViolation if the ages are out of order or out of range */
    public ConsentPolicy {
        Require.range(adultFrom, 0, 30, "adultFrom");
        Require.range(aloneFrom, 0, adultFrom, "aloneFrom");
        Require.range(jointFrom, 0, aloneFrom, "jointFrom");
    }
}
