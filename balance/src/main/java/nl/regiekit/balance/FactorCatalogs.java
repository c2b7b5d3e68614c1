package nl.regiekit.balance;

import static nl.regiekit.balance.FactorCategory.PROTECTIVE_ENVIRONMENT;
import static nl.regiekit.balance.FactorCategory.PROTECTIVE_PERSON_FAMILY;
import static nl.regiekit.balance.FactorCategory.RISK_CHILD;
import static nl.regiekit.balance.FactorCategory.RISK_CULTURAL;
import static nl.regiekit.balance.FactorCategory.RISK_FAMILY;
import static nl.regiekit.balance.FactorCategory.RISK_NEIGHBOURHOOD;
import static nl.regiekit.balance.FactorCategory.RISK_PARENT;
import static nl.regiekit.balance.FactorCategory.RISK_SOCIAL_FAMILY;
import static nl.regiekit.balance.FactorCategory.RISK_SOCIETAL;
import static nl.regiekit.balance.FactorCategory.RISK_SOCIO_ECONOMIC;
import static nl.regiekit.balance.FactorCategory.SKILLS;
import static nl.regiekit.balance.FactorCategory.TASKS;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Registry;

/**
 * The factor catalogues known to an application: {@link #DEFAULT} built in, and any an
 * organisation adds through a {@link FactorCatalogProvider}. Immutable and thread-safe.
 */
public final class FactorCatalogs {

    /**
     * Regiekit's default catalogue, version 1: concrete factors for each category of method §8,
     * each with a default weight of 1 (ordinary), 2 (heavy) or 3 (very heavy); addiction,
     * psychiatric problems and trauma of a parent, and domestic violence, are marked as pathology.
     * The list and weights are documented in {@code docs/balance.md}.
     */
    public static final FactorCatalog DEFAULT = new FactorCatalog(FactorCatalogId.of("regiekit:balance-factors"), "1",
        "Factoren balansmodel", "Balance model factors", List.of(
            Factor.of("stable-parent-relationship", PROTECTIVE_PERSON_FAMILY, 2, "Stabiele relatie tussen de ouders",
                "Stable relationship between the parents"),
            Factor.of("warm-parenting", PROTECTIVE_PERSON_FAMILY, 2, "Warme, betrokken opvoeding",
                "Warm, involved parenting"),
            Factor.of("motivation-for-change", PROTECTIVE_PERSON_FAMILY, 2, "Motivatie om te veranderen",
                "Motivation to change"),
            Factor.of("child-resilience", PROTECTIVE_PERSON_FAMILY, 1, "Veerkracht van het kind",
                "Resilience of the child"),
            Factor.of("good-health", PROTECTIVE_PERSON_FAMILY, 1, "Goede gezondheid", "Good health"),
            Factor.of("supportive-grandparent", PROTECTIVE_ENVIRONMENT, 2, "Steunende grootouder",
                "Supportive grandparent"),
            Factor.of("supportive-network", PROTECTIVE_ENVIRONMENT, 2, "Steunend netwerk", "Supportive network"),
            Factor.of("stable-income", PROTECTIVE_ENVIRONMENT, 2, "Stabiel inkomen", "Stable income"),
            Factor.of("school-attendance", PROTECTIVE_ENVIRONMENT, 1, "Regelmatig schoolbezoek",
                "Regular school attendance"),
            Factor.of("club-membership", PROTECTIVE_ENVIRONMENT, 1, "Lid van een club of vereniging",
                "Member of a club or association"),
            Factor.of("trusted-professional", PROTECTIVE_ENVIRONMENT, 1, "Vertrouwde hulpverlener",
                "Trusted professional"),
            Factor.of("budgeting-skills", SKILLS, 2, "Kunnen budgetteren", "Budgeting"),
            Factor.of("parenting-skills", SKILLS, 2, "Opvoedvaardigheden", "Parenting skills"),
            Factor.of("household-skills", SKILLS, 1, "Huishouden organiseren", "Running the household"),
            Factor.of("problem-solving", SKILLS, 1, "Problemen oplossen", "Solving problems"),
            Factor.of("asking-for-help", SKILLS, 1, "Hulp kunnen vragen", "Asking for help"),
            Factor.of("care-for-children", TASKS, 2, "Zorg voor de kinderen", "Caring for the children"),
            Factor.of("care-for-relative", TASKS, 2, "Mantelzorg voor een familielid", "Caring for a relative"),
            Factor.of("household-tasks", TASKS, 1, "Huishoudelijke taken", "Household tasks"),
            Factor.of("paperwork", TASKS, 1, "Administratie en post", "Paperwork and post"),
            Factor.of("single-parenting", TASKS, 2, "Alleen opvoeden", "Parenting alone"),
            Factor.of("truancy", RISK_CHILD, 2, "Schoolverzuim", "Truancy"),
            Factor.of("behaviour-problems", RISK_CHILD, 2, "Gedragsproblemen", "Behaviour problems"),
            Factor.of("developmental-delay", RISK_CHILD, 1, "Ontwikkelingsachterstand", "Developmental delay"),
            pathology("parent-addiction", RISK_PARENT, "Verslaving van een ouder", "Addiction of a parent"),
            pathology("parent-mental-illness", RISK_PARENT, "Psychiatrische problemen van een ouder",
                "Mental illness of a parent"),
            pathology("parent-trauma", RISK_PARENT, "Onverwerkt trauma van een ouder", "Unresolved trauma of a parent"),
            pathology("domestic-violence", RISK_FAMILY, "Huiselijk geweld", "Domestic violence"),
            Factor.of("high-conflict-divorce", RISK_FAMILY, 2, "Vechtscheiding", "High-conflict divorce"),
            Factor.of("intergenerational-patterns", RISK_FAMILY, 2, "Patronen uit eerdere generaties",
                "Patterns from earlier generations"),
            Factor.of("isolation", RISK_SOCIAL_FAMILY, 2, "Sociaal isolement", "Social isolation"),
            Factor.of("conflict-with-relatives", RISK_SOCIAL_FAMILY, 1, "Conflicten met familie",
                "Conflicts with relatives"),
            Factor.of("unsafe-neighbourhood", RISK_NEIGHBOURHOOD, 1, "Onveilige buurt", "Unsafe neighbourhood"),
            Factor.of("neighbour-nuisance", RISK_NEIGHBOURHOOD, 1, "Overlast met buren", "Nuisance with neighbours"),
            Factor.of("debts", RISK_SOCIO_ECONOMIC, 3, "Schulden", "Debts"),
            Factor.of("unemployment", RISK_SOCIO_ECONOMIC, 2, "Werkloosheid", "Unemployment"),
            Factor.of("poor-housing", RISK_SOCIO_ECONOMIC, 2, "Slechte huisvesting", "Poor housing"),
            Factor.of("threatened-eviction", RISK_SOCIO_ECONOMIC, 3, "Dreigende uithuiszetting", "Threatened eviction"),
            Factor.of("language-barrier", RISK_CULTURAL, 1, "Taalbarrière", "Language barrier"),
            Factor.of("distrust-of-help", RISK_CULTURAL, 2, "Wantrouwen tegenover hulpverlening", "Distrust of help"),
            Factor.of("discrimination", RISK_SOCIETAL, 1, "Discriminatie", "Discrimination"),
            Factor.of("waiting-lists", RISK_SOCIETAL, 1, "Wachtlijsten bij voorzieningen", "Waiting lists for services")));

    private static final FactorCatalogs BUILT_IN = new FactorCatalogs(new Registry<>(List.of(DEFAULT), FactorCatalog::id));

    private final Registry<FactorCatalogId, FactorCatalog> registry;

    private FactorCatalogs(Registry<FactorCatalogId, FactorCatalog> registry) {
        this.registry = registry;
    }

    private static Factor pathology(String id, FactorCategory category, String nameNl, String nameEn) {
        return new Factor(FactorId.of(id), category, nameNl, nameEn, BalancePolicy.MAX_WEIGHT, true);
    }

    /** The built-in catalogue only. */
    public static FactorCatalogs builtIn() {
        return BUILT_IN;
    }

    /**
     * These catalogues and {@code more}.
     *
     * @throws IllegalArgumentException if two catalogues share an identifier
     */
    public FactorCatalogs with(FactorCatalog... more) {
        return new FactorCatalogs(registry.with(List.of(more)));
    }

    /** The catalogue with this identifier, if known. */
    public Optional<FactorCatalog> find(FactorCatalogId id) {
        return registry.find(id);
    }

    /**
     * The name of a factor for people to read: from catalogue {@code catalog} in the language of
     * {@code locale} when known, else the factor's identifier.
     */
    public String name(FactorCatalogId catalog, FactorId factor, Locale locale) {
        return find(catalog).flatMap(c -> c.factor(factor)).map(f -> f.name(locale)).orElse(factor.value());
    }

    /** All catalogues, built-in first. */
    public List<FactorCatalog> all() {
        return registry.all();
    }
}
