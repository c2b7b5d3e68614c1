package nl.regiekit.casemodel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Require#uniqueKeys} and {@link Require#distinct}: the same answer for a few items (compared pairwise) as
 * for many (in a set).
 */
class RequireTests {

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {2, 3, Require.FEW - 1, Require.FEW, Require.FEW + 1, 40})
    void aRepeatedKeyIsFoundAtItsSecondOccurrence(int size) {
        for (int first = 0; first < size; first++) {
            for (int second = first + 1; second < size; second++) {
                List<String> keys = distinct(size);
                keys.set(second, keys.get(first));
                int at = second;
                assertThatThrownBy(() -> Require.uniqueKeys(keys, Function.identity(), "items", "id"))
                    .isInstanceOfSatisfying(ModelViolation.class, e -> {
                        assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID);
                        assertThat(e.pointer()).isEqualTo("/items/" + at + "/id");
                    });
            }
        }
    }

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {0, 1, 2, Require.FEW, Require.FEW + 1, 40})
    void distinctKeysPass(int size) {
        assertThatCode(() -> Require.uniqueKeys(distinct(size), Function.identity(), "items", "id"))
            .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} items")
    @ValueSource(ints = {0, 1, 2, Require.FEW, Require.FEW + 1, 40})
    void distinctItemsAreDistinctAndAnyRepeatIsNot(int size) {
        assertThat(Require.distinct(distinct(size))).isTrue();
        for (int first = 0; first < size; first++) {
            for (int second = first + 1; second < size; second++) {
                List<String> items = distinct(size);
                items.set(second, items.get(first));
                assertThat(Require.distinct(items)).as("%d and %d", first, second).isFalse();
            }
        }
    }

    private static List<String> distinct(int size) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            keys.add("k" + i);
        }
        return keys;
    }
}
