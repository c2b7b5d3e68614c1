package nl.regiekit.balance;

import java.util.Locale;

import nl.regiekit.balance.internal.Label;

/**
 * The two pans of the scale in the balance model (method §8): capacity (draagkracht) and
 * burden (draaglast).
 */
public enum Side {
    /** Capacity (draagkracht): protective factors and skills. */
    CAPACITY("Draagkracht", "Capacity"),
    /** Burden (draaglast): tasks and risk factors. */
    BURDEN("Draaglast", "Burden");

    private final Label label;

    Side(String nameNl, String nameEn) {
        this.label = new Label(nameNl, nameEn);
    }

    /** The name in the language of {@code locale}: Dutch unless the language is English. */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
