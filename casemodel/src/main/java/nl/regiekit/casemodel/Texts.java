package nl.regiekit.casemodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;

/**
 * Texts in any language from resource bundles, the one way Regiekit's modules find the words they show
 * (finding and signal messages, the pictures' legends, the report's labels). For a language, a text's
 * key is looked up, first to last, in
 * <ol>
 *   <li>a vendor's bundle for the language, {@code regiekit/NAME_LANG.properties} on the class path;</li>
 *   <li>the module's own bundle for the language;</li>
 *   <li>a vendor's base bundle, {@code regiekit/NAME.properties} (its rewording, in Dutch);</li>
 *   <li>the module's own base bundle, Dutch, which holds every key.</li>
 * </ol>
 * So a vendor adds Frisian, Papiamento, Turkish or Arabic, or rewords a text for its users, with a file
 * in a jar on the class path and without a release of Regiekit. Bundles are properties files in UTF-8.
 * A vendor's bundle is found through the thread's context class loader, so it must be in a jar on the
 * class path (a named module would encapsulate it). Immutable and thread-safe.
 *
 * @param name the bundle's name, such as {@code findings}, {@code legend} or {@code report}
 * @param own the module's own bundles: given a language ({@code ""} for the Dutch base, else an ISO 639
 *     code such as {@code en}), the properties files in that language, none when there are none. It
 *     must read them from the module's own code, which may read its own resources
 */
public record Texts(String name, Function<String, List<InputStream>> own) {

    /** @throws NullPointerException if an argument is null */
    public Texts {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(own, "own");
    }

    /**
     * The language of {@code locale} as bundles name it: {@code ""} for Dutch, the base; else its ISO
     * 639 code.
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public static String language(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("nl") ? "" : language;
    }

    /**
     * The file name of a bundle in {@code language}: {@code NAME.properties} for the Dutch base
     * ({@code ""}), {@code NAME_en.properties} for English.
     *
     * @throws NullPointerException if {@code language} is null
     */
    public String file(String language) {
        return name + (language.isEmpty() ? "" : "_" + language) + ".properties";
    }

    /**
     * Every text in {@code language}, read now through the four steps above: key to text.
     *
     * @throws NullPointerException if {@code language} is null
     * @throws UncheckedIOException if a bundle cannot be read
     */
    public Map<String, String> in(String language) {
        Map<String, String> texts = new HashMap<>();
        own.apply("").forEach(in -> read(in, texts));
        texts.putAll(vendor(""));
        if (!language.isEmpty()) {
            own.apply(language).forEach(in -> read(in, texts));
            texts.putAll(vendor(language));
        }
        return Map.copyOf(texts);
    }

    /**
     * The texts of the vendor's bundle for {@code language} alone ({@code regiekit/NAME_LANG.properties},
     * or {@code regiekit/NAME.properties} for {@code ""}), read now: empty when there is none.
     *
     * @throws NullPointerException if {@code language} is null
     * @throws UncheckedIOException if the bundle cannot be read
     */
    public Map<String, String> vendor(String language) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
            ? Thread.currentThread().getContextClassLoader() : Texts.class.getClassLoader();
        Map<String, String> texts = new HashMap<>();
        read(loader.getResourceAsStream("regiekit/" + file(language)), texts);
        return Map.copyOf(texts);
    }

    private static void read(InputStream in, Map<String, String> texts) {
        if (in == null) {
            return;
        }
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("a bundle of texts cannot be read", e);
        }
        properties.forEach((key, text) -> texts.put((String) key, (String) text));
    }
}
