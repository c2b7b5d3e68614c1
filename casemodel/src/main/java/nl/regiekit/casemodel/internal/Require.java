package nl.regiekit.casemodel.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.finding.Pointer;

/**
 * The one precondition idiom of Regiekit, next to {@link Objects#requireNonNull}. Messages
 * name the argument, never its value: values may be personal data.
 */
public final class Require {

    /** Up to this many items, {@link #uniqueKeys} compares keys pairwise rather than in a set. */
    static final int FEW = 8;

    private Require() {
    }

    /**
     * A list argument: {@code null} becomes the empty list, anything else an unmodifiable copy.
     *
     * @throws NullPointerException if the list holds {@code null}
     */
    public static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * A copy of {@code list} with {@code item} added at the end, for aggregates that change by
     * returning a new version.
     *
     * @throws NullPointerException if {@code item} is null
     */
    public static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(item, "item"));
        return copy;
    }

    /** An optional argument: {@code null} becomes {@link Optional#empty()}. */
    public static <T> Optional<T> optional(Optional<T> optional) {
        return optional == null ? Optional.empty() : optional;
    }

    /**
     * A text that must hold a visible character.
     *
     * @param name the record component's name, which is also its JSON property
     * @throws NullPointerException if {@code text} is null
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
     * @param name the record component's name, which is also its JSON property
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} at {@code /name} if it is outside
     */
    public static int range(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, Pointer.of(name));
        }
        return value;
    }

    /**
     * A period that is present and not negative.
     *
     * @param name the record component's name, which is also its JSON property
     * @throws NullPointerException if {@code period} is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} at {@code /name} if it is negative
     */
    public static java.time.Period notNegative(java.time.Period period, String name) {
        Objects.requireNonNull(period, name);
        if (period.isNegative()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, Pointer.of(name));
        }
        return period;
    }

    /**
     * Checks that the keys of a list are unique.
     *
     * @param items the items, in document order
     * @param key the identifier of an item
     * @param field the list's field name, for the pointer
     * @param keyPath the path within an item to its key, for the pointer
     * @throws ModelViolation with {@link ModelCodes#DUPLICATE_ID} at the second occurrence
     */
    public static <T, K> void uniqueKeys(List<T> items, Function<T, K> key, String field, Object... keyPath) {
        int repeated = firstRepeated(items, key);
        if (repeated >= 0) {
            throw new ModelViolation(ModelCodes.DUPLICATE_ID, Pointer.of(path(field, repeated, keyPath)));
        }
    }

    /**
     * Whether no item of {@code items} occurs twice ({@link Object#equals}).
     *
     * @throws NullPointerException if {@code items} is null
     */
    public static boolean distinct(List<?> items) {
        return firstRepeated(items, Function.identity()) < 0;
    }

    /** The index of the first item whose key an earlier item has, or -1. */
    private static <T, K> int firstRepeated(List<T> items, Function<T, K> key) {
        int size = items.size();
        if (size <= FEW) {
            // Most lists of a record hold a few items: compared pairwise, with no set made for them.
            for (int i = 1; i < size; i++) {
                K k = key.apply(items.get(i));
                for (int j = 0; j < i; j++) {
                    if (Objects.equals(k, key.apply(items.get(j)))) {
                        return i;
                    }
                }
            }
            return -1;
        }
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            if (!seen.add(key.apply(items.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks that each reference in a list resolves.
     *
     * @param refs the references, in document order
     * @param known the identifiers they may point to
     * @param pointerPrefix the pointer of the list; the index of the dangling reference is appended
     * @throws ModelViolation with {@link ModelCodes#DANGLING_REFERENCE} at the first that does not
     */
    public static <K> void resolves(List<K> refs, Set<K> known, String pointerPrefix) {
        for (int i = 0; i < refs.size(); i++) {
            if (!known.contains(refs.get(i))) {
                throw new ModelViolation(ModelCodes.DANGLING_REFERENCE, pointerPrefix + "/" + i);
            }
        }
    }

    /**
     * Checks that one reference resolves.
     *
     * @throws ModelViolation with {@link ModelCodes#DANGLING_REFERENCE} at {@code pointer}
     */
    public static <K> void resolves(K ref, Set<K> known, String pointer) {
        if (!known.contains(ref)) {
            throw new ModelViolation(ModelCodes.DANGLING_REFERENCE, pointer);
        }
    }

    private static Object[] path(String field, int index, Object... rest) {
        List<Object> tokens = new ArrayList<>();
        tokens.add(field);
        tokens.add(index);
        tokens.addAll(List.of(rest));
        return tokens.toArray();
    }
}
