package nl.regiekit.balance;

import java.util.Locale;

/**
 * The verdict band of a balance index, from the thresholds of a {@link BalancePolicy}.
 */
public enum Verdict {
    /** Capacity carries the burden (in balans). */
    IN_BALANCE("In balans", "In balance"),
    /** The burden outweighs capacity (onder druk). */
    STRAINED("Onder druk", "Strained"),
    /** The burden far outweighs capacity (overbelast). */
    OVERLOADED("Overbelast", "Overloaded");

    private final String nameNl;
    private final String nameEn;

    Verdict(String nameNl, String nameEn) {
        this.nameNl = nameNl;
        this.nameEn = nameEn;
    }

    /** The name in the language of {@code locale}: Dutch unless the language is English. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameNl;
    }
}
