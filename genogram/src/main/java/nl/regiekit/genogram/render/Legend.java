package nl.regiekit.genogram.render;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.regiekit.casemodel.Texts;
import nl.regiekit.markup.Attributes;

/** The captions of the pictures' legends, in Dutch (default), English, or a language of a vendor's bundle. */
final class Legend {

    private static final Texts TEXTS = new Texts("legend",
        language -> Collections.singletonList(Legend.class.getResourceAsStream(Legend.TEXTS.file(language))));

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Legend() {
    }

    /** The caption for {@code key} in the language of {@code locale}, {@code {0}} filled with {@code value}. */
    static String caption(String key, Locale locale, Object value) {
        return caption(key, locale).replace("{0}", String.valueOf(value));
    }

    /** Draws the heading and entries of a legend in columns; each entry's sample is drawn by {@code sample}. */
    static void draw(nl.regiekit.genogram.internal.Svg svg, List<String> keys, double left, double top, double width,
                     int columns, Locale locale, java.util.function.BiConsumer<String, double[]> sample) {
        if (keys.isEmpty()) {
            return;
        }
        svg.group("legend");
        svg.textStart(left, top + 22, 13, caption("title", locale), Attributes.of("fill", "#222222")
            .and("font-weight", "bold"));
        double column = width / columns;
        for (int i = 0; i < keys.size(); i++) {
            double x = left + (i % columns) * column;
            double y = top + 46 + (i / columns) * 24;
            sample.accept(keys.get(i), new double[] {x, y});
            String key = keys.get(i).substring(keys.get(i).indexOf(':') + 1);
            svg.textStart(x + 56, y + 4, 11.5, caption(key, locale), Attributes.of("fill", "#222222"));
        }
        svg.end();
    }

    /**
     * The caption for {@code key} in the language of {@code locale}, from the bundles named
     * {@code legend} ({@link Texts}: this module's Dutch and English, a vendor's
     * {@code regiekit/legend_LANG.properties}); a key no bundle has reads in lower case, words apart.
     */
    static String caption(String key, Locale locale) {
        String caption = BY_LANGUAGE.computeIfAbsent(Texts.language(locale), TEXTS::in).get(key);
        return caption != null ? caption : key.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
