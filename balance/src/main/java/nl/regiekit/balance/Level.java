package nl.regiekit.balance;

import java.util.Locale;

import nl.regiekit.balance.internal.Labels;

/**
 * The level of a risk factor in the balance model (micro / meso / macro, method §8).
 */
public enum Level {
    /** Micro: the child, a parent, the family. */
    MICRO,
    /** Meso: social family factors and social neighbourhood factors. */
    MESO,
    /** Macro (system level): socio-economic family factors, cultural and societal factors. */
    MACRO;

    /**
     * The name in the language of {@code locale}, from the module's bundles: Dutch, English, or a vendor's
     * {@code regiekit/balance_LANG.properties} (key {@code Level.NAME}).
     */
    public String label(Locale locale) {
        return Labels.of(this, locale);
    }
}
