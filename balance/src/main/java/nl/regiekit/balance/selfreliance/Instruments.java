package nl.regiekit.balance.selfreliance;

import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Registry;
import nl.regiekit.casemodel.LifeDomain;

/**
 * The self-reliance instruments known to an application: the Dutch self-reliance matrix
 * (Zelfredzaamheid-Matrix, method §6) in its 11-domain and 13-domain versions built in, and any an
 * organisation adds through an {@link InstrumentProvider}. Only the domain names and the level
 * names are shipped, not the licensed criteria per cell. Immutable and thread-safe.
 */
public final class Instruments {

    /** The five levels of the self-reliance matrix, from acute problems to fully self-reliant. */
    public static final List<ScaleLevel> SELF_RELIANCE_LEVELS = List.of(
        new ScaleLevel(1, "Acute problematiek", "Acute problems"),
        new ScaleLevel(2, "Niet zelfredzaam", "Not self-reliant"),
        new ScaleLevel(3, "Beperkt zelfredzaam", "Limited self-reliance"),
        new ScaleLevel(4, "Voldoende zelfredzaam", "Adequately self-reliant"),
        new ScaleLevel(5, "Volledig zelfredzaam", "Fully self-reliant"));

    /** The self-reliance matrix with eleven domains. */
    public static final Instrument SELF_RELIANCE_MATRIX_11 = new Instrument(InstrumentId.of("regiekit:zrm-11"), "1",
        "Zelfredzaamheid-Matrix (11 domeinen)", "Self-reliance matrix (11 domains)", List.of(
            LifeDomain.of("finances", "Financiën", "Finances"),
            LifeDomain.of("daytime-activities", "Dagbesteding", "Daytime activities"),
            LifeDomain.of("housing", "Huisvesting", "Housing"),
            LifeDomain.of("domestic-relations", "Huiselijke relaties", "Domestic relations"),
            LifeDomain.of("mental-health", "Geestelijke gezondheid", "Mental health"),
            LifeDomain.of("physical-health", "Lichamelijke gezondheid", "Physical health"),
            LifeDomain.of("addiction", "Verslaving", "Addiction"),
            LifeDomain.of("daily-living", "ADL-vaardigheden", "Activities of daily living"),
            LifeDomain.of("social-network", "Sociaal netwerk", "Social network"),
            LifeDomain.of("social-participation", "Maatschappelijke participatie", "Social participation"),
            LifeDomain.of("justice", "Justitie", "Justice")),
        SELF_RELIANCE_LEVELS);

    /** The self-reliance matrix with thirteen domains. */
    public static final Instrument SELF_RELIANCE_MATRIX_13 = new Instrument(InstrumentId.of("regiekit:zrm-13"), "1",
        "Zelfredzaamheid-Matrix (13 domeinen)", "Self-reliance matrix (13 domains)", List.of(
            LifeDomain.of("finances", "Financiën", "Finances"),
            LifeDomain.of("work-and-education", "Werk en opleiding", "Work and education"),
            LifeDomain.of("time-use", "Tijdsbesteding", "Use of time"),
            LifeDomain.of("housing", "Huisvesting", "Housing"),
            LifeDomain.of("domestic-relations", "Huiselijke relaties", "Domestic relations"),
            LifeDomain.of("mental-health", "Geestelijke gezondheid", "Mental health"),
            LifeDomain.of("physical-health", "Lichamelijke gezondheid", "Physical health"),
            LifeDomain.of("substance-use", "Middelengebruik", "Substance use"),
            LifeDomain.of("basic-daily-living", "Basale ADL", "Basic activities of daily living"),
            LifeDomain.of("instrumental-daily-living", "Instrumentele ADL", "Instrumental activities of daily living"),
            LifeDomain.of("social-network", "Sociaal netwerk", "Social network"),
            LifeDomain.of("social-participation", "Maatschappelijke participatie", "Social participation"),
            LifeDomain.of("justice", "Justitie", "Justice")),
        SELF_RELIANCE_LEVELS);

    private static final Instruments BUILT_IN = new Instruments(
        new Registry<>(List.of(SELF_RELIANCE_MATRIX_11, SELF_RELIANCE_MATRIX_13), Instrument::id));

    private final Registry<InstrumentId, Instrument> registry;

    private Instruments(Registry<InstrumentId, Instrument> registry) {
        this.registry = registry;
    }

    /** The built-in instruments only. */
    public static Instruments builtIn() {
        return BUILT_IN;
    }

    /**
     * These instruments and {@code more}.
     *
     * @throws IllegalArgumentException if two instruments share an identifier
     */
    public Instruments with(Instrument... more) {
        return new Instruments(registry.with(List.of(more)));
    }

    /** The instrument with this identifier, if known. */
    public Optional<Instrument> find(InstrumentId id) {
        return registry.find(id);
    }

    /** All instruments, built-in first. */
    public List<Instrument> all() {
        return registry.all();
    }
}
