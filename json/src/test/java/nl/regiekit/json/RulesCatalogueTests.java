package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules catalogue {@code docs/rules.md} documents exactly the finding codes of every catalogue on
 * the class path ({@link FindingCatalog#all()}): each code has a {@code ### `CODE`} heading, every
 * level-3 heading names a real code (no stale entries), and each entry states the code's severity and
 * quotes both message templates verbatim, placeholders included.
 */
class RulesCatalogueTests {

    /** The catalogue, relative to this module's directory, where Surefire runs the tests. */
    private static final Path RULES = Path.of("../docs/rules.md");
    /** A level-3 heading that names a code: {@code ### `CASE-REFERRAL-NO-REFERRER`}. */
    private static final Pattern CODE_HEADING = Pattern.compile("^### `([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)`\\s*$",
        Pattern.MULTILINE);
    /** Any heading of level 1 to 3, which ends the entry before it. */
    private static final Pattern HEADING = Pattern.compile("^#{1,3} ", Pattern.MULTILINE);
    /** Any level-3 heading: in this catalogue each names one code. */
    private static final Pattern LEVEL_3 = Pattern.compile("^### .*$", Pattern.MULTILINE);

    private static final List<FindingCode> CODES = FindingCatalog.all();
    private static String text;
    private static Map<String, String> entries;

    @BeforeAll
    static void readCatalogue() throws IOException {
        text = Files.readString(RULES, StandardCharsets.UTF_8);
        entries = new LinkedHashMap<>();
        Matcher matcher = CODE_HEADING.matcher(text);
        while (matcher.find()) {
            Matcher next = HEADING.matcher(text);
            int end = next.find(matcher.end()) ? next.start() : text.length();
            String previous = entries.put(matcher.group(1), text.substring(matcher.end(), end));
            assertThat(previous).as("second entry for %s in %s", matcher.group(1), RULES).isNull();
        }
    }

    @Test
    void findsTheCodesOfEveryModule() {
        assertThat(CODES).extracting(FindingCode::code)
            .contains("JSON-LIMIT-SIZE", "MODEL-BSN-INVALID", "CASE-REFERRAL-NO-REFERRER");
    }

    @Test
    void documentsEveryCode() {
        assertThat(entries.keySet()).as("codes with a ### heading in %s", RULES)
            .containsAll(CODES.stream().map(FindingCode::code).toList());
    }

    @Test
    void usesLevelThreeHeadingsForCodesOnly() {
        Matcher matcher = LEVEL_3.matcher(text);
        while (matcher.find()) {
            assertThat(matcher.group()).as("heading in %s", RULES).matches(CODE_HEADING);
        }
    }

    @Test
    void documentsNoCodeThatDoesNotExist() {
        assertThat(CODES.stream().map(FindingCode::code).toList()).as("codes of FindingCatalog.all()")
            .containsAll(entries.keySet());
    }

    @Test
    void quotesBothMessagesOfEachCodeInItsEntry() {
        assertThat(CODES).allSatisfy(code -> {
            String entry = entries.getOrDefault(code.code(), "");
            assertThat(entry).as("Dutch message of %s", code.code()).contains(code.template(Locale.forLanguageTag("nl")));
            assertThat(entry).as("English message of %s", code.code()).contains(code.template(Locale.ENGLISH));
        });
    }

    @Test
    void statesTheSeverityOfEachCodeInItsEntry() {
        assertThat(CODES).allSatisfy(code -> assertThat(entries.getOrDefault(code.code(), ""))
            .as("severity of %s", code.code()).contains("**Severity:** " + code.severity()));
    }
}
