package nl.regiekit.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's labels in Dutch (default) or English, from {@code report.properties}. Immutable. */
final class ReportTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    ReportTexts(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        this.bundle = ResourceBundle.getBundle("nl.regiekit.report.report", this.locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    /** The label with {@code key}, its placeholders filled. */
    String get(String key, Object... args) {
        return args.length == 0 ? bundle.getString(key) : new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The label of an enum constant: key {@code SimpleName.CONSTANT}. */
    String of(Enum<?> constant) {
        return bundle.getString(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }
}
