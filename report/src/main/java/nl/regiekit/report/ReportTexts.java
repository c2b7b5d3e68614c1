package nl.regiekit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/** The report's labels in Dutch (default) or English, from {@code report.properties}. Immutable. */
final class ReportTexts {

    private final ResourceBundle bundle;
    private final Locale locale;

    ReportTexts(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        this.bundle = load(Locale.ENGLISH.equals(this.locale) ? "report_en.properties" : "report.properties");
    }

    /**
     * The labels of one language, read as the file beside this class: a named module may not pass a
     * {@code ResourceBundle.Control}, and each language holds every key, so none falls back to another.
     */
    private static ResourceBundle load(String file) {
        try (InputStream in = ReportTexts.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing from the report module");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
