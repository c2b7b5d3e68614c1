package nl.regiekit.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

class IdentifierTests {

    private static final List<Function<String, Identifier>> FACTORIES = List.of(CaseId::of, PersonId::of,
        HouseholdId::of, OrganisationId::of, ConsentId::of, ProfessionalId::of, LifeDomainCode::of,
        LifeDomainCatalogId::of);

    @ParameterizedTest
    @ValueSource(strings = {"a", "7", "p-sanne", "case-2025-0042", "regiekit:active-case-management", "A.b_c:d-e",
        "0123456789012345678901234567890123456789012345678901234567890123"})
    void acceptsOneToSixtyFourAllowedCharactersStartingWithLetterOrDigit(String text) {
        for (Function<String, Identifier> factory : FACTORIES) {
            Identifier id = factory.apply(text);
            assertThat(id.value()).isEqualTo(text);
            assertThat(id.toString()).isEqualTo(text);
        }
        assertThat(Identifier.check(text)).isSameAs(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", ".a", ":a", "_a", "a b", "a/b", "a#b", "ä", "p-sanne\n",
        "01234567890123456789012345678901234567890123456789012345678901234"})
    void rejectsTextOutsideThePatternWithIdentifierInvalid(String text) {
        for (Function<String, Identifier> factory : FACTORIES) {
            assertThatExceptionOfType(ModelViolation.class)
                .isThrownBy(() -> factory.apply(text))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(ModelCodes.IDENTIFIER_INVALID);
                    assertThat(e.code().code()).isEqualTo("MODEL-IDENTIFIER-INVALID");
                    assertThat(e.pointer()).isEmpty();
                });
        }
    }

    @Test
    void rejectionMessageDoesNotQuoteTheRefusedText() {
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> PersonId.of("Sanne de Vries"))
            .withMessageNotContaining("Sanne")
            .withMessageStartingWith("MODEL-IDENTIFIER-INVALID at ''");
    }

    @Test
    void rejectsNull() {
        for (Function<String, Identifier> factory : FACTORIES) {
            assertThatNullPointerException().isThrownBy(() -> factory.apply(null)).withMessage("value");
        }
    }

    @Test
    void publishesThePatternItChecks() {
        assertThat(Identifier.PATTERN).isEqualTo("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$");
        assertThat("p-sanne").matches(Identifier.PATTERN);
    }

    @Test
    void characterCheckAgreesWithThePublishedPatternOnGeneratedText() {
        // Text near the pattern's edges: lengths 0 to 66, drawn from allowed characters and a
        // few that are not (slash, space, a non-ASCII letter, a line break, an Arabic-Indic digit).
        char[] alphabet = "aZ09._:-/ \u00e4\n\u0660".toCharArray();
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(Identifier.PATTERN);
        java.util.Random random = new java.util.Random(20261123);
        int accepted = 0;
        for (int n = 0; n < 20_000; n++) {
            // Half the texts use only allowed characters, so that both outcomes are common.
            int letters = random.nextBoolean() ? 8 : alphabet.length;
            char[] text = new char[random.nextInt(67)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(letters)];
            }
            String value = new String(text);
            boolean expected = pattern.matcher(value).matches();
            assertThat(Identifier.matchesPattern(value)).as("%s", value).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).as("both outcomes are exercised").isBetween(1_000, 19_000);
    }

    @Test
    void identifiersOfDifferentTypesWithTheSameTextAreNotEqual() {
        assertThat(PersonId.of("x-1")).isEqualTo(PersonId.of("x-1"));
        assertThat((Object) PersonId.of("x-1")).isNotEqualTo(OrganisationId.of("x-1"));
    }
}
