package nl.regiekit.balance.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.finding.Pointer;

/**
 * The preconditions of the balance module, in the idiom of casemodel's {@code Require}, whose
 * package is not exported. Messages name the argument, never its value.
 */
public final class Checks {

    private Checks() {
    }

    /** A list argument: {@code null} becomes the empty list, anything else an unmodifiable copy. */
    public static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A text that must hold a visible character.
     *
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} at {@code /name} if it is blank
     */
    public static String nonBlank(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, Pointer.of(name));
        }
        return text;
    }

    /**
     * A number within {@code [min, max]}.
     *
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} at {@code /name} if it is outside
     */
    public static int range(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, Pointer.of(name));
        }
        return value;
    }

    /**
     * Checks that the keys of a list are unique.
     *
     * @param keyName the key's field within an item, or null when the item is its own key
     * @throws ModelViolation with {@link ModelCodes#DUPLICATE_ID} at {@code /field/i/keyName} of the second occurrence
     */
    public static <T, K> void unique(List<T> items, Function<T, K> key, String field, String keyName) {
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(key.apply(items.get(i)))) {
                throw new ModelViolation(ModelCodes.DUPLICATE_ID,
                    keyName == null ? Pointer.of(field, i) : Pointer.of(field, i, keyName));
            }
        }
    }
}
