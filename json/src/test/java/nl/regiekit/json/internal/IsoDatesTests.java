package nl.regiekit.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTests {

    @Test
    void readsFullDates() {
        assertThat(IsoDates.parse("2025-03-14")).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(IsoDates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(IsoDates.parse("0001-01-01")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(IsoDates.parse("9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-3-14",
        "2025-03-1", "20250314", "+2025-03-14", "12025-03-14", "2025-03-14T00:00", "2025-03-14Z", "2025/03/14",
        "2025-0a-14", "2025-W11-5", "2025-073", " 2025-03-14", "2025-03-14 ", "\u0662\u0660\u0662\u0665-03-14"})
    void refusesEveryOtherFormWithoutQuotingIt(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> IsoDates.parse(text))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("2025"));
    }
}
