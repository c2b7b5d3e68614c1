package nl.regiekit.casemodel;

import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Registry;

/**
 * The life-domain catalogues known to an application: the three of method §6 built in, and any
 * an organisation adds. Immutable and thread-safe.
 */
public final class LifeDomainCatalogs {

    /**
     * A threatened eviction (dreigende huisuitzetting), a problem of its own on housing in the active case
     * management and need-areas catalogues: an admission criterion of regional practice (method §3) that a
     * problem inventory can show.
     */
    public static final ProblemCode THREATENED_EVICTION = ProblemCode.of("threatened-eviction");

    private static final DomainProblem EVICTION = new DomainProblem(THREATENED_EVICTION, "Dreigende huisuitzetting",
        "Threatened eviction");

    /** The life domains of the active case management plan (method §6), version 2: with a threatened eviction. */
    public static final LifeDomainCatalog ACTIVE_CASE_MANAGEMENT = new LifeDomainCatalog(
        LifeDomainCatalogId.of("regiekit:active-case-management"), "2",
        "Leefgebieden actief casemanagement", "Life domains of active case management", List.of(
            LifeDomain.of("financial-situation", "Financiële situatie", "Financial situation"),
            new LifeDomain(LifeDomainCode.of("housing"), "Huisvesting", "Housing", List.of(EVICTION)),
            LifeDomain.of("network", "Netwerk", "Network"),
            LifeDomain.of("integration", "Integratie", "Integration"),
            LifeDomain.of("social-self-reliance", "Communicatieve en sociale redzaamheid",
                "Communicative and social self-reliance"),
            LifeDomain.of("daytime-activities", "Dagbesteding", "Daytime activities"),
            LifeDomain.of("household-care", "Huishoudelijke verzorging", "Household care"),
            LifeDomain.of("personal-care", "Persoonlijke (lichamelijke) verzorging", "Personal (physical) care"),
            LifeDomain.of("children", "Kinderen", "Children"),
            LifeDomain.of("relationships", "Relaties", "Relationships"),
            LifeDomain.of("well-being", "Welbevinden", "Well-being"),
            LifeDomain.of("trauma", "Trauma", "Trauma"),
            LifeDomain.of("powerlessness", "Machteloosheid", "Powerlessness"),
            LifeDomain.of("justice", "Justitie", "Justice")));

    /** The textbook need areas (behoeftengebieden, method §6). */
    public static final LifeDomainCatalog NEED_AREAS = new LifeDomainCatalog(
        LifeDomainCatalogId.of("regiekit:need-areas"), "2", "Behoeftengebieden", "Need areas", List.of(
            LifeDomain.of("income", "Inkomen", "Income"),
            new LifeDomain(LifeDomainCode.of("housing"), "Huisvesting", "Housing", List.of(EVICTION)),
            LifeDomain.of("work", "Werk", "Work"),
            LifeDomain.of("physical-health", "Lichamelijke gezondheid", "Physical health"),
            LifeDomain.of("mental-health", "Geestelijke gezondheid", "Mental health"),
            LifeDomain.of("social-relations", "Sociale en intermenselijke relaties",
                "Social and interpersonal relations"),
            LifeDomain.of("recreation", "Recreatie en vrije tijd", "Recreation and leisure"),
            LifeDomain.of("daily-living", "Algemene dagelijkse levensverrichtingen", "Activities of daily living"),
            LifeDomain.of("transport", "Vervoer", "Transport"),
            LifeDomain.of("legal", "Juridische voorzieningen", "Legal provisions"),
            LifeDomain.of("education", "Onderwijs", "Education")));

    /**
     * The life domains of a domestic-violence intake (method §6), with safety (veiligheid) and its
     * problems threats and violence (method §1).
     */
    public static final LifeDomainCatalog DOMESTIC_VIOLENCE = new LifeDomainCatalog(
        LifeDomainCatalogId.of("regiekit:domestic-violence"), "2",
        "Leefgebieden intake huiselijk geweld", "Life domains of a domestic-violence intake", List.of(
            LifeDomain.of("family", "Gezin", "Family"),
            LifeDomain.of("school", "School", "School"),
            LifeDomain.of("work", "Werk", "Work"),
            LifeDomain.of("leisure", "Vrije tijd", "Leisure"),
            LifeDomain.of("health", "Gezondheid", "Health"),
            LifeDomain.of("finances", "Financiën", "Finances"),
            // Method §1: in domestic-violence work safety is a life domain of its own, threats and violence its
            // problems. Added in version 2 of the catalogue.
            new LifeDomain(LifeDomainCode.of("safety"), "Veiligheid", "Safety", List.of(
                DomainProblem.of("threats", "Bedreiging", "Threats"),
                DomainProblem.of("violence", "Geweld", "Violence")))));

    private static final LifeDomainCatalogs BUILT_IN = new LifeDomainCatalogs(
        new Registry<>(List.of(ACTIVE_CASE_MANAGEMENT, NEED_AREAS, DOMESTIC_VIOLENCE), LifeDomainCatalog::id));

    private final Registry<LifeDomainCatalogId, LifeDomainCatalog> registry;

    private LifeDomainCatalogs(Registry<LifeDomainCatalogId, LifeDomainCatalog> registry) {
        this.registry = registry;
    }

    /**
     * The three built-in catalogues only. An application adds its own with {@link #with}; the catalogues
     * of {@link LifeDomainCatalogProvider}s are found by {@code RegiekitConfig.discover()} of module
     * {@code casefile}, and nowhere else.
     */
    public static LifeDomainCatalogs builtIn() {
        return BUILT_IN;
    }

    /**
     * These catalogues and {@code more}.
     *
     * @throws IllegalArgumentException if two catalogues share an identifier
     */
    public LifeDomainCatalogs with(LifeDomainCatalog... more) {
        return new LifeDomainCatalogs(registry.with(List.of(more)));
    }

    /** The catalogue with this identifier, if known. */
    public Optional<LifeDomainCatalog> find(LifeDomainCatalogId id) {
        return registry.find(id);
    }

    /** All catalogues, built-in first. */
    public List<LifeDomainCatalog> all() {
        return registry.all();
    }
}
