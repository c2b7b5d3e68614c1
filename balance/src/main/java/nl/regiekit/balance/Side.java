package nl.regiekit.balance;

import java.util.Locale;

import nl.regiekit.balance.internal.Labels;

/**
 * The two pans of the scale in the balance model (method §8): capacity (draagkracht) and
 * burden (draaglast).
 */
public enum Side {
    /** Capacity (draagkracht): protective factors and skills. */
    CAPACITY,
    /** Burden (draaglast): tasks and risk factors. */
    BURDEN;

    /**
     * The name in the language of {@code locale}, from the module's bundles: Dutch, English, or a vendor's
     * {@code regiekit/balance_LANG.properties} (key {@code Side.NAME}).
     */
    public String label(Locale locale) {
        return Labels.of(this, locale);
    }
}
