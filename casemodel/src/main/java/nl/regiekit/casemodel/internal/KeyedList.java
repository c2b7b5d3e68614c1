package nl.regiekit.casemodel.internal;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

/**
 * An unmodifiable list that also finds its items by a key, for the lists of an aggregate that its
 * queries look up by identifier (a family's members by person, a case's consents by organisation).
 * A record cannot hold an index beside its components, so the component is this list: it behaves
 * as any {@link List} ({@code equals}, {@code hashCode}, order) and builds its index on the first
 * lookup, once, so that a query asked for every exchange or assessment costs the items with that
 * key rather than all items. Immutable and thread-safe: the index is published through the final
 * field of an unmodifiable map, so a thread that sees it sees it whole, and two threads that race
 * to build it build equal ones.
 *
 * @param <K> the key
 * @param <V> the item
 */
public final class KeyedList<K, V> extends AbstractList<V> implements RandomAccess {

    private final List<V> items;
    private final Function<? super V, ? extends K> key;
    private Map<K, List<V>> index;

    private KeyedList(List<V> items, Function<? super V, ? extends K> key) {
        this.items = items;
        this.key = key;
    }

    /**
     * The items, copied as {@link Require#list} copies them, found by {@code key}.
     *
     * @throws NullPointerException if {@code key} is null or the list holds {@code null}
     */
    public static <K, V> KeyedList<K, V> of(List<V> items, Function<? super V, ? extends K> key) {
        Objects.requireNonNull(key, "key");
        return new KeyedList<>(Require.list(items), key);
    }

    /**
     * A record's component that its compact constructor made a keyed list with {@link #of}, seen again
     * as one: a record is only ever built through that constructor, so the cast cannot fail.
     *
     * @throws ClassCastException if {@code list} was not built by {@link #of}: a programming error
     */
    @SuppressWarnings("unchecked")
    public static <K, V> KeyedList<K, V> keyed(List<V> list) {
        return (KeyedList<K, V>) list;
    }

    @Override
    public V get(int i) {
        return items.get(i);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** The items with this key, in order; empty if none has it. */
    public List<V> with(K k) {
        return index().getOrDefault(k, List.of());
    }

    /** The first item with this key, if any: for a list whose keys are unique, the item with it. */
    public Optional<V> first(K k) {
        List<V> found = with(k);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Whether an item has this key. */
    public boolean hasKey(K k) {
        return !with(k).isEmpty();
    }

    /** The keys of the items, unmodifiable, in no particular order. */
    public Set<K> keys() {
        return index().keySet();
    }

    private Map<K, List<V>> index() {
        Map<K, List<V>> built = index;
        if (built == null) {
            Map<K, List<V>> byKey = new HashMap<>();
            for (V item : items) {
                byKey.computeIfAbsent(key.apply(item), k -> new ArrayList<>(1)).add(item);
            }
            byKey.replaceAll((k, list) -> Collections.unmodifiableList(list));
            built = Collections.unmodifiableMap(byKey);
            index = built;
        }
        return built;
    }
}
