package nl.regiekit.balance;

import java.util.Locale;

import nl.regiekit.balance.internal.Label;

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

    private final Label label;

    Verdict(String nameNl, String nameEn) {
        this.label = new Label(nameNl, nameEn);
    }

    /** The name in the language of {@code locale}: Dutch unless the language is English. */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
