package nl.regiekit.casefile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.finding.Rule;

/**
 * What an application configures once and gives to everything that judges or shows a case: the
 * organisation's policy (its numbers and rule settings, method §0), the {@linkplain Catalogues catalogues},
 * the organisation's own rules and the clock that says what "today" is. The validation pipeline, the
 * report, the store and the service all take one; nothing in the library reads a clock, a catalogue or a
 * provider by itself. {@link #defaults()} holds the library's own parts only; {@link #discover()} adds
 * what providers on the class or module path supply, found once, when it is called. The rules over a case
 * file are made once, with the configuration ({@link #rules()}). Immutable and thread-safe.
 */
public final class RegiekitConfig {

    private static final RegiekitConfig DEFAULTS = new RegiekitConfig(OrganisationPolicy.DEFAULTS,
        Catalogues.builtIn(), List.of(), Clock.systemDefaultZone());

    private final OrganisationPolicy policy;
    private final Catalogues catalogues;
    private final List<RuleProvider> providers;
    private final Clock clock;
    private final List<Rule<CaseFile>> ownRules;
    private final CaseFileRules rules;

    private RegiekitConfig(OrganisationPolicy policy, Catalogues catalogues, List<RuleProvider> providers,
                           Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.catalogues = Objects.requireNonNull(catalogues, "catalogues");
        this.providers = List.copyOf(providers);
        this.clock = Objects.requireNonNull(clock, "clock");
        // The providers' rules are made with the finished parts above; a provider reads no rules.
        List<Rule<CaseFile>> own = new ArrayList<>();
        this.providers.forEach(provider -> own.addAll(provider.rules(this)));
        this.ownRules = List.copyOf(own);
        this.rules = new CaseFileRules(this);
    }

    /**
     * The method's defaults ({@link OrganisationPolicy#DEFAULTS}), the built-in catalogues, no rules of the
     * organisation's own, and the system clock in the default time zone.
     */
    public static RegiekitConfig defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults with the catalogues of {@link Catalogues#discover()} and the rules of every
     * {@link RuleProvider} found through {@link java.util.ServiceLoader}: the providers are looked for now,
     * once. Call it when the application starts and keep the result.
     *
     * @throws IllegalArgumentException if two catalogues share an identifier
     * @throws java.util.ServiceConfigurationError if a provider that is declared cannot be made
     */
    public static RegiekitConfig discover() {
        return DEFAULTS.withCatalogues(Catalogues.discover())
            .withRules(Catalogues.found(RuleProvider.class).toArray(RuleProvider[]::new));
    }

    /** The organisation's policy: its numbers and its rule settings. */
    public OrganisationPolicy policy() {
        return policy;
    }

    /** The catalogues and instruments. */
    public Catalogues catalogues() {
        return catalogues;
    }

    /** The organisation's own rules over a case file, run after the method's. */
    public List<Rule<CaseFile>> ownRules() {
        return ownRules;
    }

    /** The clock for "today": the date due dates are judged against. */
    public Clock clock() {
        return clock;
    }

    /** The method's rules and the organisation's own, under the policy, made once with this configuration. */
    public CaseFileRules rules() {
        return rules;
    }

    /**
     * This configuration with another policy; the organisation's own rules are made again under it.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public RegiekitConfig withPolicy(OrganisationPolicy value) {
        return new RegiekitConfig(value, catalogues, providers, clock);
    }

    /**
     * This configuration with other catalogues.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public RegiekitConfig withCatalogues(Catalogues value) {
        return new RegiekitConfig(policy, value, providers, clock);
    }

    /**
     * This configuration with another clock.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public RegiekitConfig withClock(Clock value) {
        return new RegiekitConfig(policy, catalogues, providers, value);
    }

    /**
     * This configuration with the rules of {@code more} providers of the organisation's own, after those it
     * has; a provider may be a lambda, {@code config -> List.of(rule)}.
     *
     * @throws NullPointerException if a provider, or a rule it supplies, is null
     */
    public RegiekitConfig withRules(RuleProvider... more) {
        List<RuleProvider> all = new ArrayList<>(providers);
        all.addAll(List.of(more));
        return new RegiekitConfig(policy, catalogues, all, clock);
    }
}
