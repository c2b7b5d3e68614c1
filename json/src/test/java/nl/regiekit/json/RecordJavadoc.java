package nl.regiekit.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc of the model's records, read from their source files, for the descriptions of the published
 * schemas: a type's first sentence and each component's {@code @param} text, with inline tags reduced to
 * their text and HTML left out. The sources are those of the reactor's modules beside this one
 * ({@code ../MODULE/src/main/java}), found by the package's third name ({@code nl.regiekit.plan...} in
 * {@code plan}). A type without a source or Javadoc has no description.
 */
final class RecordJavadoc {

    private static final Path ROOT = Path.of("..");
    private static final Map<Class<?>, Optional<Doc>> DOCS = new ConcurrentHashMap<>();
    private static final Pattern INLINE = Pattern.compile("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}");
    private static final Pattern VALUE = Pattern.compile("\\{@value\\s+([\\w.]*)#(\\w+)\\s*}");
    private static final Pattern NULLNESS = Pattern.compile("[;,]?\\s*(?:never|not) null\\b\\.?|\\s*\\bnever null\\b");
    /** A {@code @param} block tag, up to the next block tag at the start of a line (not an inline {@code {@link}}). */
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\n@\\w+|$)", Pattern.DOTALL);

    /** One type's description and its components' descriptions. */
    record Doc(String type, Map<String, String> components) {
    }

    private RecordJavadoc() {
    }

    /** The first sentence of {@code type}'s Javadoc, if it has one. */
    static Optional<String> type(Class<?> type) {
        return doc(type).map(Doc::type).filter(s -> !s.isEmpty());
    }

    /** The {@code @param} text of {@code component} in {@code type}'s Javadoc, if it has one. */
    static Optional<String> component(Class<?> type, String component) {
        return doc(type).map(d -> d.components().get(component));
    }

    private static Optional<Doc> doc(Class<?> type) {
        return DOCS.computeIfAbsent(type, RecordJavadoc::read);
    }

    private static Optional<Doc> read(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String[] names = top.getPackageName().split("\\.");
        if (names.length < 3 || !names[0].equals("nl") || !names[1].equals("regiekit")) {
            return Optional.empty();
        }
        Path source = ROOT.resolve(names[2]).resolve("src/main/java")
            .resolve(top.getName().replace('.', '/') + ".java");
        if (!Files.isRegularFile(source)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher declaration = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
            + "(?:public\\s+|static\\s+|final\\s+|sealed\\s+|abstract\\s+)*(?:record|enum|interface|class)\\s+"
            + Pattern.quote(type.getSimpleName()) + "\\b", Pattern.DOTALL).matcher(text);
        if (!declaration.find()) {
            return Optional.empty();
        }
        String body = declaration.group(1).replaceAll("(?m)^\\s*\\* ?", "");
        int tags = body.indexOf("\n@");
        body = constants(body, top);
        String main = clean(tags < 0 ? body : body.substring(0, tags));
        Map<String, String> components = new LinkedHashMap<>();
        if (tags >= 0) {
            Matcher param = PARAM.matcher(body.substring(tags));
            while (param.find()) {
                components.put(param.group(1), clean(param.group(2)));
            }
        }
        return Optional.of(new Doc(clean(firstSentence(main)), components));
    }

    /**
     * The text with each {@code {@value Type#NAME}} replaced by the constant's value; the type is named simply,
     * in the package of {@code top}, or is {@code top} itself when left out.
     */
    private static String constants(String text, Class<?> top) {
        return VALUE.matcher(text).replaceAll(m -> {
            try {
                Class<?> owner = m.group(1).isEmpty() ? top
                    : Class.forName(m.group(1).contains(".") ? m.group(1) : top.getPackageName() + "." + m.group(1));
                return Matcher.quoteReplacement(String.valueOf(owner.getField(m.group(2)).get(null)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no constant " + m.group() + " beside " + top.getName(), e);
            }
        });
    }

    /**
     * The text of a Javadoc passage as a schema description: inline tags reduced to their text, no HTML,
     * and without the Java nullness notes ("never null"), which say nothing to a JSON reader.
     */
    private static String clean(String text) {
        String plain = INLINE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(shortName(m.group(1))));
        plain = plain.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
        plain = NULLNESS.matcher(plain).replaceAll("");
        return plain.endsWith(":") ? plain.substring(0, plain.length() - 1) + "." : plain;
    }

    /** {@code Case#mayExchange} reads as {@code mayExchange}, {@code a.b.Type} as {@code Type}; a label wins. */
    private static String shortName(String reference) {
        String[] parts = reference.trim().split("\\s+", 2);
        if (parts.length == 2 && !parts[0].contains("(")) {
            return parts[0].contains("#") || parts[0].contains(".") ? parts[1] : reference.trim();
        }
        String name = parts[0];
        name = name.contains("#") ? name.substring(name.indexOf('#') + 1) : name;
        return name.contains(".") && !name.contains("(") ? name.substring(name.lastIndexOf('.') + 1) : name;
    }

    private static String firstSentence(String text) {
        Matcher end = Pattern.compile("[.:](\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }
}
