package nl.regiekit.genogram;

import jakarta.validation.constraints.Min;

/**
 * An organisation's numbers for the genogram, sociogram and ecogram checks (beleid). Method
 * §9 names the measures but gives no numbers; the defaults are data-quality and practice
 * conventions an organisation should set for itself. Immutable and thread-safe.
 *
 * @param minParentAge the youngest plausible age of a biological parent at a child's birth; a
 *     lower age is reported as a probable data-entry error; default 13
 * @param minInformalSupport the fewest informal ties (family, friends, neighbours, school or work)
 *     that give support before a sociogram signals isolation (method §9: breaking isolation);
 *     default 3
 */
public record GenogramPolicy(@Min(0) int minParentAge, @Min(0) int minInformalSupport) {

    /** The defaults. */
    public static final GenogramPolicy DEFAULTS = new GenogramPolicy(13, 3);

    /** @throws IllegalArgumentException if a number is negative */
    public GenogramPolicy {
        if (minParentAge < 0 || minInformalSupport < 0) {
            throw new IllegalArgumentException("policy numbers must be 0 or more");
        }
    }
}
