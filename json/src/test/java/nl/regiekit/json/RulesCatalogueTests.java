package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;

import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules catalogue {@code docs/rules.md} documents exactly the finding codes of every catalogue on
 * the class path ({@link FindingCatalog#all()}): each code has a {@code ### `CODE`} heading, every
 * level-3 heading names a real code (no stale entries), and each entry states the code's severity and
 * quotes both message templates verbatim, placeholders included. Its table of the built-in rules ("The
 * rules, one per check") lists exactly the rules of {@code CaseFileRules.builtIn()}, each with what it
 * checks and its codes, and no code belongs to two rules.
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

    /** The table of the built-in rules, as {@code docs/rules.md} must hold it, part by part. */
    private static String ruleTable() {
        StringBuilder table = new StringBuilder("| part | what the rule checks | codes |\n|---|---|---|\n");
        RegiekitConfig.defaults().rules().builtIn().forEach((part, rules) -> rules.forEach(rule -> table
            .append("| ").append(part).append(" | ").append(rule.description()).append(" | ")
            .append(String.join(", ", rule.codes().stream().map(c -> "`" + c.code() + "`").toList()))
            .append(" |\n")));
        return table.toString();
    }

    @Test
    void listsEveryBuiltInRuleWithWhatItChecksAndItsCodes() {
        assertThat(text).as("the table of rules in %s; expected:%n%s", RULES, ruleTable()).contains(ruleTable());
    }

    @Test
    void documentsEveryCodeOfEveryBuiltInRuleAndFindsItInACatalogue() {
        List<String> known = CODES.stream().map(FindingCode::code).toList();
        RegiekitConfig.defaults().rules().builtIn().values().forEach(rules -> rules.forEach(rule -> {
            assertThat(rule.codes()).as("codes of %s", rule).isNotEmpty().allSatisfy(code -> {
                assertThat(known).as("catalogued codes").contains(code.code());
                assertThat(entries).as("entries of %s", RULES).containsKey(code.code());
                assertThat(CODES).as("the default severity of %s", code.code()).contains(code);
            });
        }));
    }

    @Test
    void noCodeBelongsToTwoRulesButTheCataloguesLifeDomainCodeToOneOfEachPart() {
        Map<String, Rule<?>> owner = new HashMap<>();
        RegiekitConfig.defaults().rules().builtIn().forEach((part, rules) -> {
            Map<String, Rule<?>> inPart = new HashMap<>();
            rules.forEach(rule -> rule.codes().forEach(code -> {
                assertThat(inPart.put(code.code(), rule)).as("a second rule of %s in part %s", code.code(), part)
                    .isNull();
                Rule<?> other = owner.put(code.code(), rule);
                if (other != null) {
                    // The case's catalogue is checked by the case, plan and balance parts, each for its own
                    // codes; a policy that switches the code off switches off those three one-code rules.
                    assertThat(code.code()).as("%s in two rules: %s and %s", code.code(), other, rule)
                        .isEqualTo("CASE-UNKNOWN-LIFE-DOMAIN");
                    assertThat(rule.codes()).hasSize(1);
                }
            }));
        });
        assertThat(owner).isNotEmpty();
    }
}
