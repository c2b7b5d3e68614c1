package nl.regiekit.casemodel.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.rules.CaseCodes;

class FindingCodesTests {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void serviceLoaderFindsBothCataloguesOfThisModule() {
        List<FindingCode> all = FindingCatalog.all();

        assertThat(all)
            .containsAll(new ModelCodes.Catalog().codes())
            .containsAll(new CaseCodes.Catalog().codes())
            .contains(ModelCodes.BSN_INVALID, CaseCodes.EXCHANGE_WITHOUT_CONSENT);
    }

    @Test
    void allCodesAreUnique() {
        List<String> codes = FindingCatalog.all().stream().map(FindingCode::code).toList();

        assertThat(codes).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void cataloguesListEveryCodeConstantOnce() {
        assertThat(new ModelCodes.Catalog().codes()).hasSize(6).doesNotHaveDuplicates();
        assertThat(new CaseCodes.Catalog().codes()).hasSize(26).doesNotHaveDuplicates();
    }

    @Test
    void codesCarryTheirModulePrefix() {
        assertThat(new ModelCodes.Catalog().codes()).allSatisfy(c -> assertThat(c.code()).startsWith("MODEL-"));
        assertThat(new CaseCodes.Catalog().codes()).allSatisfy(c -> assertThat(c.code()).startsWith("CASE-"));
    }

    @Test
    void modelViolationsAreErrors() {
        assertThat(new ModelCodes.Catalog().codes())
            .allSatisfy(c -> assertThat(c.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void dutchAndEnglishMessagesUseTheSamePlaceholders() {
        assertThat(FindingCatalog.all()).allSatisfy(code -> {
            assertThat(code.template(Locale.forLanguageTag("nl"))).as(code.code()).isNotBlank().isNotEqualTo(code.code());
            assertThat(code.template(Locale.ENGLISH)).as(code.code()).isNotBlank().isNotEqualTo(code.code());
            assertThat(placeholders(code.template(Locale.forLanguageTag("nl")))).as(code.code())
                .isEqualTo(placeholders(code.template(Locale.ENGLISH)));
        });
    }

    private static Set<String> placeholders(String template) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
