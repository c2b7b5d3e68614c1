package nl.regiekit.casemodel.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import nl.regiekit.casemodel.Texts;

/**
 * The names of catalogue entries (life domains and their problems, factors of the balance model,
 * self-reliance instruments) in any language. A catalogue carries its names in Dutch and English as data,
 * since an organisation's own catalogue is a document of its own; a vendor gives them in another language,
 * or rewords them, with a bundle {@code regiekit/catalogues_LANG.properties} on the class path, keyed by
 * the entry's key (such as {@code domain.housing}; docs/casemodel.md lists the keys). For a language, a
 * name is looked up, first to last: the vendor's bundle for the language; for English the catalogue's
 * English name; the vendor's base bundle {@code regiekit/catalogues.properties} (its Dutch rewording); the
 * catalogue's Dutch name. Each language's bundle is read once. Thread-safe.
 */
public final class CatalogueLabels {

    private static final Texts TEXTS = new Texts("catalogues", language -> List.of());

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private CatalogueLabels() {
    }

    /**
     * The name of the entry {@code key} in the language of {@code locale}.
     *
     * @param nl the catalogue's Dutch name
     * @param en the catalogue's English name
     * @throws NullPointerException if an argument is null
     */
    public static String name(String key, Locale locale, String nl, String en) {
        Objects.requireNonNull(key, "key");
        String language = Texts.language(locale);
        String own = BY_LANGUAGE.computeIfAbsent(language, TEXTS::vendor).get(key);
        if (own != null) {
            return own;
        }
        if (language.equals("en")) {
            return Objects.requireNonNull(en, "en");
        }
        return BY_LANGUAGE.computeIfAbsent("", TEXTS::vendor).getOrDefault(key, Objects.requireNonNull(nl, "nl"));
    }
}
