package nl.regiekit.balance;

import java.util.Locale;

import nl.regiekit.balance.internal.Label;

/**
 * The level of a risk factor in the balance model (micro / meso / macro, method §8).
 */
public enum Level {
    /** Micro: the child, a parent, the family. */
    MICRO("Micro", "Micro"),
    /** Meso: social family factors and social neighbourhood factors. */
    MESO("Meso", "Meso"),
    /** Macro (system level): socio-economic family factors, cultural and societal factors. */
    MACRO("Macro", "Macro");

    private final Label label;

    Level(String nameNl, String nameEn) {
        this.label = new Label(nameNl, nameEn);
    }

    /** The name in the language of {@code locale}: Dutch unless the language is English. */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
