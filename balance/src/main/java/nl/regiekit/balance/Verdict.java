package nl.regiekit.balance;

import java.util.Locale;

import nl.regiekit.balance.internal.Labels;

/**
 * The verdict band of a balance index, from the thresholds of a {@link BalancePolicy}.
 */
public enum Verdict {
    /** Capacity carries the burden (in balans). */
    IN_BALANCE,
    /** The burden outweighs capacity (onder druk). */
    STRAINED,
    /** The burden far outweighs capacity (overbelast). */
    OVERLOADED;

    /**
     * The name in the language of {@code locale}, from the module's bundles: Dutch, English, or a vendor's
     * {@code regiekit/balance_LANG.properties} (key {@code Verdict.NAME}).
     */
    public String label(Locale locale) {
        return Labels.of(this, locale);
    }
}
