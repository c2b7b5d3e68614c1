package nl.regiekit.casefile;

import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

import nl.regiekit.balance.FactorCatalog;
import nl.regiekit.balance.FactorCatalogProvider;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.selfreliance.Instrument;
import nl.regiekit.balance.selfreliance.InstrumentProvider;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogProvider;
import nl.regiekit.casemodel.LifeDomainCatalogs;

/**
 * Every catalogue an application knows, in one value: the life-domain catalogues (method §6), the
 * factor catalogues of the balance model (§8) and the self-reliance instruments (§6). Built once, by
 * {@link #builtIn()} or {@link #discover()}, and given to everything through a {@link RegiekitConfig}:
 * nothing in the library looks for catalogues by itself. Immutable and thread-safe.
 *
 * @param lifeDomains the life-domain catalogues; never null
 * @param factors the factor catalogues; never null
 * @param instruments the self-reliance instruments; never null
 */
public record Catalogues(LifeDomainCatalogs lifeDomains, FactorCatalogs factors, Instruments instruments) {

    private static final Catalogues BUILT_IN =
        new Catalogues(LifeDomainCatalogs.builtIn(), FactorCatalogs.builtIn(), Instruments.builtIn());

    /** @throws NullPointerException if an argument is null */
    public Catalogues {
        Objects.requireNonNull(lifeDomains, "lifeDomains");
        Objects.requireNonNull(factors, "factors");
        Objects.requireNonNull(instruments, "instruments");
    }

    /** The library's own catalogues and instruments only. */
    public static Catalogues builtIn() {
        return BUILT_IN;
    }

    /**
     * The library's own catalogues followed by those of every {@link LifeDomainCatalogProvider},
     * {@link FactorCatalogProvider} and {@link InstrumentProvider} that {@link ServiceLoader} finds on the
     * class path or module path: the one place in the library where they are looked for. Call it once,
     * when the application starts.
     *
     * @throws IllegalArgumentException if two catalogues or instruments share an identifier
     * @throws java.util.ServiceConfigurationError if a provider that is declared cannot be made
     */
    public static Catalogues discover() {
        return BUILT_IN
            .withLifeDomains(found(LifeDomainCatalogProvider.class).stream().flatMap(p -> p.catalogs().stream())
                .toArray(LifeDomainCatalog[]::new))
            .withFactors(found(FactorCatalogProvider.class).stream().flatMap(p -> p.catalogs().stream())
                .toArray(FactorCatalog[]::new))
            .withInstruments(found(InstrumentProvider.class).stream().flatMap(p -> p.instruments().stream())
                .toArray(Instrument[]::new));
    }

    /** The providers of {@code type} that {@link ServiceLoader} finds, in load order. */
    static <P> List<P> found(Class<P> type) {
        return ServiceLoader.load(type, type.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    }

    /**
     * These catalogues and {@code more} life-domain catalogues.
     *
     * @throws IllegalArgumentException if two catalogues share an identifier
     */
    public Catalogues withLifeDomains(LifeDomainCatalog... more) {
        return new Catalogues(lifeDomains.with(more), factors, instruments);
    }

    /**
     * These catalogues and {@code more} factor catalogues.
     *
     * @throws IllegalArgumentException if two catalogues share an identifier
     */
    public Catalogues withFactors(FactorCatalog... more) {
        return new Catalogues(lifeDomains, factors.with(more), instruments);
    }

    /**
     * These catalogues and {@code more} self-reliance instruments.
     *
     * @throws IllegalArgumentException if two instruments share an identifier
     */
    public Catalogues withInstruments(Instrument... more) {
        return new Catalogues(lifeDomains, factors, instruments.with(more));
    }
}
