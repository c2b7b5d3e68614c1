package nl.regiekit.casemodel.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;

import nl.regiekit.casemodel.rules.CaseCodes;
import org.junit.jupiter.api.Test;

class RuleSettingsTests {

    private static final Finding REFERRER = Finding.of(CaseCodes.REFERRAL_NO_REFERRER, "/case/referral");
    private static final Finding OTHER = Finding.of(ModelCodes.VALUE_INVALID, "/x");

    @Test
    void theDefaultsChangeNothing() {
        List<Finding> findings = List.of(REFERRER, OTHER);

        assertThat(RuleSettings.DEFAULTS.apply(findings)).isSameAs(findings);
    }

    @Test
    void aRuleSwitchedOffIsLeftOutAndTheRestKeepTheirOrder() {
        RuleSettings settings = RuleSettings.DEFAULTS.withOff(CaseCodes.REFERRAL_NO_REFERRER);

        assertThat(settings.apply(List.of(OTHER, REFERRER, OTHER))).containsExactly(OTHER, OTHER);
    }

    @Test
    void aRuleWhoseCodesAreAllOffDoesNotRunAndOneWithSomeOnRunsWithoutTheOthersFindings() {
        List<String> ran = new java.util.ArrayList<>();
        Rule<String> referrer = Rule.of("the referrer", List.of(CaseCodes.REFERRAL_NO_REFERRER), s -> {
            ran.add("referrer");
            return List.of(REFERRER);
        });
        Rule<String> both = Rule.of("both", List.of(CaseCodes.REFERRAL_NO_REFERRER, ModelCodes.VALUE_INVALID), s -> {
            ran.add("both");
            return List.of(REFERRER, OTHER);
        });
        RuleSettings settings = RuleSettings.DEFAULTS.withOff(CaseCodes.REFERRAL_NO_REFERRER);

        assertThat(settings.isOff(referrer)).isTrue();
        assertThat(settings.isOff(both)).isFalse();
        assertThat(settings.run(List.of(referrer, both), "subject")).containsExactly(OTHER);
        assertThat(ran).containsExactly("both");
        assertThat(RuleSettings.DEFAULTS.run(List.of(referrer, both), "subject"))
            .containsExactly(REFERRER, REFERRER, OTHER);
    }

    @Test
    void aSignalSeenAsItsFindingIsSettledAsAFindingIs() {
        RuleSettings settings = RuleSettings.DEFAULTS.withOff(CaseCodes.REFERRAL_NO_REFERRER)
            .withSeverity(ModelCodes.VALUE_INVALID, Severity.INFO);

        assertThat(settings.apply(REFERRER)).isEmpty();
        assertThat(settings.apply(OTHER)).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(settings.apply(List.of(REFERRER, OTHER))).containsExactly(settings.apply(OTHER).orElseThrow());
    }

    @Test
    void aRuleSaysWhatItChecks() {
        assertThatThrownBy(() -> Rule.of(" ", List.of(CaseCodes.REFERRAL_NO_REFERRER), s -> List.of()))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(Rule.<String>adding("the referrer", List.of(CaseCodes.REFERRAL_NO_REFERRER),
            (s, findings) -> findings.add(REFERRER)).check("x")).containsExactly(REFERRER);
    }

    @Test
    void aRuleGivenAnotherSeverityKeepsEverythingElse() {
        Severity other = REFERRER.severity() == Severity.INFO ? Severity.ERROR : Severity.INFO;
        RuleSettings settings = RuleSettings.DEFAULTS.withSeverity(CaseCodes.REFERRAL_NO_REFERRER, other);

        Finding changed = settings.apply(List.of(REFERRER)).get(0);

        assertThat(changed.severity()).isEqualTo(other);
        assertThat(changed).isEqualTo(new Finding(REFERRER.code(), other, REFERRER.pointer(), REFERRER.subject(),
            REFERRER.values()));
        assertThat(changed.message(Locale.ENGLISH)).isEqualTo(REFERRER.message(Locale.ENGLISH));
    }

    @Test
    void namesTheCodesItDoesNotKnow() {
        RuleSettings settings = new RuleSettings(Set.of("PLAN-NO-SUCH-RULE"),
            Map.of("CASE-REFERRAL-NO-REFERRER", Severity.INFO, "JSON-SYNTAX", Severity.INFO));

        assertThat(settings.unknown(Set.of("CASE-REFERRAL-NO-REFERRER"))).containsExactly("JSON-SYNTAX",
            "PLAN-NO-SUCH-RULE");
    }

    @Test
    void refusesACodeOfAnotherFormAndACodeBothOffAndSet() {
        assertThatThrownBy(() -> new RuleSettings(Set.of("not a code"), Map.of()))
            .isInstanceOfSatisfying(ModelViolation.class, v -> assertThat(v.pointer()).isEqualTo("/off"));
        assertThatThrownBy(() -> RuleSettings.DEFAULTS.withOff(CaseCodes.REFERRAL_NO_REFERRER)
            .withSeverity(CaseCodes.REFERRAL_NO_REFERRER, Severity.INFO))
            .isInstanceOfSatisfying(ModelViolation.class, v -> {
                assertThat(v.code()).isEqualTo(ModelCodes.DUPLICATE_ID);
                assertThat(v.pointer()).isEqualTo("/severities/CASE-REFERRAL-NO-REFERRER");
            });
    }
}
