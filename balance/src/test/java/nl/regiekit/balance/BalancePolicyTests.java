package nl.regiekit.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BalancePolicyTests {

    @Test
    void defaultsPutTheBandsAtEvenAndAtBurdenTwiceCapacity() {
        BalancePolicy policy = BalancePolicy.DEFAULTS;

        assertThat(policy.verdict(Balance.index(10, 10))).isEqualTo(Verdict.IN_BALANCE);
        assertThat(policy.verdict(Balance.index(10, 11))).isEqualTo(Verdict.STRAINED);
        assertThat(policy.verdict(Balance.index(10, 20))).isEqualTo(Verdict.STRAINED);
        assertThat(policy.verdict(Balance.index(10, 21))).isEqualTo(Verdict.OVERLOADED);
        assertThat(policy.heavyScore()).isEqualTo(3);
        assertThat(policy.weakScore()).isEqualTo(1);
        assertThat(policy.top()).isEqualTo(3);
    }

    @Test
    void refusesThresholdsOutOfOrderAndScoresOffTheScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> BalancePolicy.DEFAULTS.withThresholds(-0.5, 0.0));
        assertThatIllegalArgumentException().isThrownBy(() -> BalancePolicy.DEFAULTS.withThresholds(1.5, 0.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new BalancePolicy(0, -0.3, 5, 1, 1, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new BalancePolicy(0, -0.3, 3, 1, 1, 0));
    }
}
