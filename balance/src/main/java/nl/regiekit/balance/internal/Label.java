package nl.regiekit.balance.internal;

import java.util.Locale;

/**
 * A text in Dutch and English, for the labels of the module's enums. Immutable and thread-safe.
 *
 * @param nl the Dutch text
 * @param en the English text
 */
public record Label(String nl, String en) {

    /** The text in the language of {@code locale}: Dutch unless the language is English. */
    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : nl;
    }
}
