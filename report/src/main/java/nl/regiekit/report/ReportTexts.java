package nl.regiekit.report;

import java.text.MessageFormat;
import java.time.Period;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.regiekit.casemodel.Texts;
import nl.regiekit.plan.Recurrence;

/**
 * The report's labels in Dutch (default), English, or a language of a vendor's bundle: the bundles named
 * {@code report} ({@link Texts}: this module's {@code report.properties} and {@code report_en.properties},
 * a vendor's {@code regiekit/report_LANG.properties}); a label a language lacks is the Dutch one.
 * Immutable.
 */
final class ReportTexts {

    private static final Texts TEXTS = new Texts("report",
        language -> Collections.singletonList(ReportTexts.class.getResourceAsStream(ReportTexts.TEXTS.file(language))));

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Map<String, String> texts;
    private final Locale locale;

    ReportTexts(Locale locale) {
        String language = Texts.language(locale);
        this.locale = Locale.forLanguageTag(language.isEmpty() ? "nl" : language);
        this.texts = BY_LANGUAGE.computeIfAbsent(language, TEXTS::in);
    }

    /** The report's language: its ISO 639 code alone, Dutch unless another was asked for. */
    Locale locale() {
        return locale;
    }

    /**
     * The label with {@code key}, its placeholders filled.
     *
     * @throws IllegalStateException if the Dutch base lacks the key, a defect of this module
     */
    String get(String key, Object... args) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("the report has no label " + key);
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /**
     * How {@code recurrence} repeats, in words, such as "elke week vanaf 2026-02-02 tot en met 2026-06-30": a
     * period of whole days, weeks, months or years in words, any other as its ISO-8601 text.
     */
    String recurrence(Recurrence recurrence) {
        Period every = recurrence.every();
        String period;
        if (every.getYears() == 0 && every.getMonths() == 0) {
            period = every.getDays() % 7 == 0 ? every("week", every.getDays() / 7) : every("day", every.getDays());
        } else if (every.getDays() == 0 && every.getYears() == 0) {
            period = every("month", every.getMonths());
        } else if (every.getDays() == 0 && every.getMonths() == 0) {
            period = every("year", every.getYears());
        } else {
            period = every.toString();
        }
        return recurrence.until()
            .map(until -> get("recurs.until", period, recurrence.first().toString(), until.toString()))
            .orElseGet(() -> get("recurs.from", period, recurrence.first().toString()));
    }

    /** "Every week" or "every 3 weeks": the label {@code recurs.UNIT} for one, {@code recurs.UNITs} for more. */
    private String every(String unit, int count) {
        return count == 1 ? get("recurs." + unit) : get("recurs." + unit + "s", count);
    }

    /** The label of an enum constant: key {@code SimpleName.CONSTANT}. */
    String of(Enum<?> constant) {
        return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }
}
