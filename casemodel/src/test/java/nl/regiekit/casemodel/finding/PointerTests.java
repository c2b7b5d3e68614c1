package nl.regiekit.casemodel.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class PointerTests {

    @Test
    void noTokensIsTheWholeDocument() {
        assertThat(Pointer.of()).isEmpty();
    }

    @Test
    void joinsTokensWithSlashesAndTurnsIndexesIntoText() {
        assertThat(Pointer.of("members", 1, "person", "id")).isEqualTo("/members/1/person/id");
    }

    @Test
    void escapesSlashAsTildeOne() {
        assertThat(Pointer.of("a/b")).isEqualTo("/a~1b");
    }

    @Test
    void escapesTildeAsTildeZero() {
        assertThat(Pointer.of("m~n")).isEqualTo("/m~0n");
    }

    @Test
    void escapesTildeBeforeSlashSoALiteralTildeOneSurvives() {
        // RFC 6901: "~1" in a key must become "~01", not "~1" (which would read back as "/").
        assertThat(Pointer.of("~1")).isEqualTo("/~01");
        assertThat(Pointer.of("~/")).isEqualTo("/~0~1");
        assertThat(Pointer.of("a~/b/~c")).isEqualTo("/a~0~1b~1~0c");
    }

    @Test
    void keepsEmptyTokens() {
        assertThat(Pointer.of("")).isEqualTo("/");
        assertThat(Pointer.of("a", "")).isEqualTo("/a/");
    }

    @Test
    void appendsTokensToABasePointer() {
        assertThat(Pointer.append("/consents/2", "scope", "about", 0)).isEqualTo("/consents/2/scope/about/0");
        assertThat(Pointer.append("", "x/y")).isEqualTo("/x~1y");
    }

    @Test
    void rejectsNullBase() {
        assertThatNullPointerException().isThrownBy(() -> Pointer.append(null, "a")).withMessage("base");
    }

    @Test
    void rejectsNullToken() {
        assertThatNullPointerException().isThrownBy(() -> Pointer.of("a", null)).withMessage("token");
    }
}
