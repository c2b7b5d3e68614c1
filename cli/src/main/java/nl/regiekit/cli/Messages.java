package nl.regiekit.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The command's own texts in Dutch (default) or English, from {@code messages.properties}. */
final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("nl.regiekit.cli.messages", locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The locale for {@code --lang}: English for {@code en}, else Dutch. */
    static Locale locale(String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
