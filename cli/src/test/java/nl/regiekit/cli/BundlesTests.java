package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message of every bundle, formatted as the code formats it, says all it was written to say:
 * in {@link MessageFormat} a single apostrophe quotes the rest of the text, so "the case's {0}" would
 * lose its placeholder. The command line formats every message; the report formats a label only when
 * it has placeholders, and shows the others as written. The expected text is read from the pattern
 * independently: {@code ''} is one apostrophe, {@code {n}} the n-th sample argument.
 */
class BundlesTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    @ParameterizedTest
    @ValueSource(strings = {"/nl/regiekit/cli/messages.properties", "/nl/regiekit/cli/messages_en.properties",
        "/nl/regiekit/report/report.properties", "/nl/regiekit/report/report_en.properties"})
    void everyMessageFormatsToAllItSays(String bundle) throws IOException {
        boolean formatsAll = bundle.startsWith("/nl/regiekit/cli/");
        Properties messages = load(bundle);
        assertThat(messages).isNotEmpty();
        Object[] samples = new Object[10];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = "<" + i + ">";
        }
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            if (!formatsAll && !PLACEHOLDER.matcher(pattern).find()) {
                continue;
            }
            assertThat(new MessageFormat(pattern, Locale.ROOT).format(samples)).as("%s in %s", key, bundle)
                .isEqualTo(expected(pattern));
        }
    }

    /** The text a pattern means: doubled apostrophes single, placeholders filled. */
    private static String expected(String pattern) {
        Matcher matcher = PLACEHOLDER.matcher(pattern.replace("''", "'"));
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement("<" + matcher.group(1) + ">"));
        }
        return matcher.appendTail(text).toString();
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTests.class.getResourceAsStream(bundle)) {
            assertThat(in).as(bundle).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
