package nl.regiekit.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

class BsnTests {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "234567892", "314159265", "271828183", "161803398"})
    void acceptsNineDigitsThatPassTheElevenTest(String digits) {
        Bsn bsn = Bsn.parse(digits);

        assertThat(bsn.value()).isEqualTo(digits);
        assertThat(Bsn.passesElevenTest(digits)).isTrue();
    }

    @Test
    void weighsTheLastDigitMinusOne() {
        // 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 = 69; 69 - 3 = 66 = 6 * 11.
        assertThat(Bsn.passesElevenTest("111222333")).isTrue();
        // With weight +1 for the last digit, 69 + 8 = 77 would pass; with -1, 69 - 8 = 61 does not.
        assertThat(Bsn.passesElevenTest("111222338")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222334", "123456789", "111222332", "987654321"})
    void rejectsBsnThatFailsElevenTest(String digits) {
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new Bsn(digits))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.BSN_INVALID);
                assertThat(e.pointer()).isEmpty();
            });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11122233", "1112223330", "0111222333", "1234567"})
    void rejectsBsnOfWrongLength(String digits) {
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> Bsn.parse(digits))
            .extracting(ModelViolation::code).isEqualTo(ModelCodes.BSN_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11122233a", " 11222333", "111-22-33", "+11222333", "11122233\n",
        "\u0661\u0661\u0661\u0662\u0662\u0662\u0663\u0663\u0663"})
    void rejectsNonDigitsIncludingOtherScriptsDigits(String text) {
        assertThat(Bsn.passesElevenTest(text)).isFalse();
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> Bsn.parse(text))
            .extracting(ModelViolation::code).isEqualTo(ModelCodes.BSN_INVALID);
    }

    @Test
    void rejectsAllZerosThoughTheirSumIsAMultipleOfEleven() {
        assertThat(Bsn.passesElevenTest("000000000")).isFalse();
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> Bsn.parse("000000000"))
            .extracting(ModelViolation::code).isEqualTo(ModelCodes.BSN_INVALID);
    }

    @Test
    void rejectsNullWithNullPointerExceptionButTestsNullAsFailing() {
        assertThatNullPointerException().isThrownBy(() -> new Bsn(null)).withMessage("value");
        assertThat(Bsn.passesElevenTest(null)).isFalse();
    }

    @Test
    void toStringMasksAndNeverContainsTheDigits() {
        Bsn bsn = Bsn.parse("123456782");

        assertThat(bsn.toString())
            .isEqualTo("Bsn[*********]")
            .doesNotContainPattern("[0-9]");
    }

    @Test
    void toStringOfAPersonDoesNotRevealTheBsn() {
        Person person = SampleFamilies.father();

        assertThat(person.bsn()).map(Bsn::value).contains("123456782");
        assertThat(person.toString()).doesNotContain("123456782").doesNotContain("Bsn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222334", "12345678", "98765432x"})
    void exceptionMessageNeverContainsTheValue(String text) {
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> Bsn.parse(text))
            .satisfies(e -> {
                assertThat(e.getMessage()).startsWith("MODEL-BSN-INVALID").doesNotContain(text);
                assertThat(e.toFinding("/bsn").message(Locale.ENGLISH)).doesNotContain(text);
            });
    }

    @Test
    void equalBsnsAreEqualValues() {
        assertThat(Bsn.parse("111222333")).isEqualTo(new Bsn("111222333")).isNotEqualTo(Bsn.parse("123456782"));
        assertThat(Optional.of(Bsn.parse("111222333"))).contains(new Bsn("111222333"));
    }
}
