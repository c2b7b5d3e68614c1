package nl.regiekit.casemodel.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Versioned catalogues by identifier, in the order they were added: the one registry behind the
 * life-domain catalogues, the factor catalogues and the self-reliance instruments. It finds nothing by
 * itself: what it holds is given. Immutable and thread-safe.
 *
 * @param <K> the identifier type
 * @param <V> the catalogue type
 */
public final class Registry<K, V> {

    private final Function<V, K> key;
    private final Map<K, V> byId;
    private final List<V> order;

    /**
     * @throws IllegalArgumentException if two values share an identifier
     */
    public Registry(Collection<V> values, Function<V, K> key) {
        this.key = key;
        Map<K, V> map = new LinkedHashMap<>();
        for (V value : values) {
            if (map.putIfAbsent(key.apply(value), value) != null) {
                throw new IllegalArgumentException("two catalogues with identifier " + key.apply(value));
            }
        }
        this.byId = Map.copyOf(map);
        this.order = List.copyOf(map.values());
    }

    /** These values and {@code more}. */
    public Registry<K, V> with(List<V> more) {
        List<V> all = new ArrayList<>(order);
        all.addAll(more);
        return new Registry<>(all, key);
    }

    /** The value with this identifier, if known. */
    public Optional<V> find(K id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All values in order. */
    public List<V> all() {
        return order;
    }
}
