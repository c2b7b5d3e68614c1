package nl.regiekit.balance;

import java.util.Locale;
import java.util.Optional;

import nl.regiekit.balance.internal.Labels;

/**
 * Where a factor sits in the balance model (method §8): the three parts of capacity
 * (draagkracht) and the parts of burden (draaglast), tasks and the risk factors per level.
 */
public enum FactorCategory {
    /** Protective factors in the person or family (beschermende factoren in persoon of gezin). */
    PROTECTIVE_PERSON_FAMILY(Side.CAPACITY, null),
    /** Protective factors in the environment and society (beschermende factoren in omgeving en samenleving). */
    PROTECTIVE_ENVIRONMENT(Side.CAPACITY, null),
    /** The members' skills (vaardigheden). */
    SKILLS(Side.CAPACITY, null),
    /** Tasks the family must carry (taken). */
    TASKS(Side.BURDEN, null),
    /** Risk factors in the child (micro). */
    RISK_CHILD(Side.BURDEN, Level.MICRO),
    /** Risk factors in a parent (micro). */
    RISK_PARENT(Side.BURDEN, Level.MICRO),
    /** Risk factors in the family (micro). */
    RISK_FAMILY(Side.BURDEN, Level.MICRO),
    /** Social family factors (meso). */
    RISK_SOCIAL_FAMILY(Side.BURDEN, Level.MESO),
    /** Social neighbourhood factors (meso). */
    RISK_NEIGHBOURHOOD(Side.BURDEN, Level.MESO),
    /** Socio-economic family factors (macro). */
    RISK_SOCIO_ECONOMIC(Side.BURDEN, Level.MACRO),
    /** Cultural factors (macro). */
    RISK_CULTURAL(Side.BURDEN, Level.MACRO),
    /** Societal factors (macro). */
    RISK_SOCIETAL(Side.BURDEN, Level.MACRO);

    private final Side side;
    private final Level level;

    FactorCategory(Side side, Level level) {
        this.side = side;
        this.level = level;
    }

    /** The pan of the scale this category weighs on; never null. */
    public Side side() {
        return side;
    }

    /** The level of a risk factor; empty for capacity and for tasks. */
    public Optional<Level> level() {
        return Optional.ofNullable(level);
    }

    /** Whether this is a protective factor (in person, family, environment or society), not a skill. */
    public boolean isProtective() {
        return this == PROTECTIVE_PERSON_FAMILY || this == PROTECTIVE_ENVIRONMENT;
    }

    /** Whether this is a risk factor at some level. */
    public boolean isRisk() {
        return level != null;
    }

    /**
     * The name in the language of {@code locale}, from the module's bundles: Dutch, English, or a vendor's
     * {@code regiekit/balance_LANG.properties} (key {@code FactorCategory.NAME}).
     */
    public String label(Locale locale) {
        return Labels.of(this, locale);
    }
}
