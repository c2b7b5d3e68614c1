package nl.regiekit.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The command's own texts in the language of {@code --lang}, from {@code messages.properties} (Dutch, the base)
 * and {@code messages_en.properties}: Dutch in a language it has no bundle for. Findings, signals and reports
 * take the same locale, so a vendor's bundles give them a third language.
 */
final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("nl.regiekit.cli.messages", locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
