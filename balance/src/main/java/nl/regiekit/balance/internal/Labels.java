package nl.regiekit.balance.internal;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import nl.regiekit.casemodel.Texts;

/**
 * The balance module's labels in any language, from the bundles named {@code balance} ({@link Texts}: this
 * module's Dutch base and English, a vendor's {@code regiekit/balance_LANG.properties}): an enum
 * constant's label under {@code TYPE.CONSTANT} ({@code Verdict.STRAINED}), the pictures' texts under
 * {@code svg.*}. Each language's bundles are read once. Thread-safe.
 */
public final class Labels {

    private static final Texts TEXTS = new Texts("balance",
        language -> Collections.singletonList(Labels.class.getResourceAsStream(Labels.TEXTS.file(language))));

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Labels() {
    }

    /**
     * The label of {@code constant} in the language of {@code locale}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if no bundle has it (a constant added without its label)
     */
    public static String of(Enum<?> constant, Locale locale) {
        return text(constant.getDeclaringClass().getSimpleName() + "." + constant.name(), locale);
    }

    /**
     * The text under {@code key} in the language of {@code locale}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if no bundle has it
     */
    public static String text(String key, Locale locale) {
        Objects.requireNonNull(key, "key");
        String text = BY_LANGUAGE.computeIfAbsent(Texts.language(locale), TEXTS::in).get(key);
        if (text == null) {
            throw new IllegalStateException("the balance module's bundle has no text " + key);
        }
        return text;
    }
}
