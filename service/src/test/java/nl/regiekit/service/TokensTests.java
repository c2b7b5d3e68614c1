package nl.regiekit.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.OrganisationId;

/** A token file holds hashes only; a token in clear or an unknown role is refused, naming the line. */
class TokensTests {

    @Test
    void aTokenFileGivesTheCallerOfEachHashedToken() {
        String token = Tokens.newToken();
        Tokens tokens = Tokens.parse(List.of("# organisation role hash", "",
            "org-case-management coordinator " + Tokens.hash(token)));

        assertThat(tokens.caller(token)).contains(new Caller(OrganisationId.of("org-case-management"), Role.COORDINATOR));
        assertThat(tokens.caller(token + "x")).isEmpty();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aTokenInClearIsRefusedWithoutQuotingIt() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Tokens.parse(List.of("org-a partner secret-token-in-clear")))
            .withMessageContaining("line 1").withMessageContaining("never in clear")
            .withMessageNotContaining("secret-token-in-clear");
    }

    @Test
    void anUnknownRoleOrAMissingPartIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tokens.parse(List.of("org-a admin " + Tokens.hash("t"))))
            .withMessageContaining("role");
        assertThatIllegalArgumentException().isThrownBy(() -> Tokens.parse(List.of("", "org-a partner")))
            .withMessageContaining("line 2");
        assertThatIllegalArgumentException().isThrownBy(() -> Tokens.parse(List.of(
            "org-a partner " + Tokens.hash("t"), "org-b partner " + Tokens.hash("t"))));
    }
}
