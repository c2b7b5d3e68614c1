package nl.regiekit.casemodel.storage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import nl.regiekit.casemodel.Identifier;

/**
 * A {@link Repository} in memory, for tests and examples. Thread-safe: the compare-and-save
 * is atomic per identifier.
 *
 * @param <K> the identifier type
 * @param <T> the aggregate type
 */
public class InMemoryRepository<K extends Identifier, T> implements Repository<K, T> {

    /** Every version per identifier, oldest first; a list is replaced whole, never changed, so readers need no lock. */
    private final Map<K, List<Versioned<T>>> store = new ConcurrentHashMap<>();
    private final Function<T, K> idOf;
    private final Clock clock;

    /**
     * @param idOf how to read an aggregate's identifier
     * @param clock the clock for {@link Versioned#savedAt()}
     * @throws NullPointerException if an argument is null
     */
    public InMemoryRepository(Function<T, K> idOf, Clock clock) {
        this.idOf = Objects.requireNonNull(idOf, "idOf");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Versioned<T>> find(K id) {
        List<Versioned<T>> versions = store.get(Objects.requireNonNull(id, "id"));
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public Versioned<T> save(T value, long expectedVersion) {
        Objects.requireNonNull(value, "value");
        K id = idOf.apply(value);
        List<Versioned<T>> versions = store.compute(id, (key, current) -> {
            long actual = current == null ? Versioned.NEW : current.get(current.size() - 1).version();
            if (actual != expectedVersion) {
                throw new StaleVersionException(key, expectedVersion, actual);
            }
            List<Versioned<T>> next = new ArrayList<>(current == null ? List.of() : current);
            next.add(new Versioned<>(value, actual + 1, clock.instant()));
            return List.copyOf(next);
        });
        return versions.get(versions.size() - 1);
    }

    @Override
    public List<K> ids() {
        return List.copyOf(store.keySet());
    }

    @Override
    public List<Versioned<T>> history(K id) {
        return store.getOrDefault(Objects.requireNonNull(id, "id"), List.of());
    }

    @Override
    public Optional<Versioned<T>> version(K id, long version) {
        return history(id).stream().filter(v -> v.version() == version).findFirst();
    }
}
