package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.Locale;

import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.rules.CaseCodes;
import org.junit.jupiter.api.Test;

/**
 * The finding codes of every catalogue on the class path, found through {@link java.util.ServiceLoader}:
 * the model's and the case rules' (casemodel) and the pipeline's (this module).
 */
class FindingCodesTests {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final List<FindingCode> ALL = FindingCatalog.all();

    @Test
    void findsTheCataloguesOfCasemodelAndJson() {
        assertThat(ALL).extracting(FindingCode::code)
            .contains("MODEL-BSN-INVALID", "CASE-REFERRAL-NO-REFERRER", "JSON-LIMIT-SIZE", "SCHEMA-UNKNOWN-FIELD");
    }

    @Test
    void listsEveryCodeOnce() {
        assertThat(ALL).extracting(FindingCode::code).doesNotHaveDuplicates();
    }

    @Test
    void givesEveryCodeTheFormAreaWord() {
        assertThat(ALL).extracting(FindingCode::code).allSatisfy(code -> assertThat(code).matches(CODE));
    }

    @Test
    void listsEveryDeclaredCodeOfTheKnownModules() {
        List<FindingCode> declared = Stream.of(JsonCodes.class, ModelCodes.class, CaseCodes.class)
            .flatMap(type -> Stream.of(type.getDeclaredFields()))
            .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == FindingCode.class)
            .map(FindingCodesTests::value).toList();

        assertThat(declared).hasSizeGreaterThan(40);
        assertThat(ALL).containsAll(declared);
    }

    @Test
    void givesEveryCodeMessagesInBothLanguagesWithTheSamePlaceholders() {
        assertThat(ALL).allSatisfy(code -> {
            assertThat(code.template(Locale.forLanguageTag("nl"))).as(code.code()).isNotBlank()
                .isNotEqualTo(code.template(Locale.ENGLISH));
            assertThat(code.template(Locale.ENGLISH)).as(code.code()).isNotBlank().isNotEqualTo(code.code());
            assertThat(placeholders(code.template(Locale.forLanguageTag("nl")))).as(code.code())
                .isEqualTo(placeholders(code.template(Locale.ENGLISH)));
        });
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static FindingCode value(Field field) {
        try {
            return (FindingCode) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
