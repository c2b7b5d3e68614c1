package nl.regiekit.balance;

import java.util.Locale;
import java.util.Optional;

import nl.regiekit.balance.internal.Label;

/**
 * Where a factor sits in the balance model (method §8): the three parts of capacity
 * (draagkracht) and the parts of burden (draaglast), tasks and the risk factors per level.
 */
public enum FactorCategory {
    /** Protective factors in the person or family (beschermende factoren in persoon of gezin). */
    PROTECTIVE_PERSON_FAMILY(Side.CAPACITY, null, "Beschermende factoren persoon en gezin",
        "Protective factors in person and family"),
    /** Protective factors in the environment and society (beschermende factoren in omgeving en samenleving). */
    PROTECTIVE_ENVIRONMENT(Side.CAPACITY, null, "Beschermende factoren omgeving en samenleving",
        "Protective factors in environment and society"),
    /** The members' skills (vaardigheden). */
    SKILLS(Side.CAPACITY, null, "Vaardigheden", "Skills"),
    /** Tasks the family must carry (taken). */
    TASKS(Side.BURDEN, null, "Taken", "Tasks"),
    /** Risk factors in the child (micro). */
    RISK_CHILD(Side.BURDEN, Level.MICRO, "Risicofactoren kind", "Risk factors in the child"),
    /** Risk factors in a parent (micro). */
    RISK_PARENT(Side.BURDEN, Level.MICRO, "Risicofactoren ouder", "Risk factors in a parent"),
    /** Risk factors in the family (micro). */
    RISK_FAMILY(Side.BURDEN, Level.MICRO, "Risicofactoren gezin", "Risk factors in the family"),
    /** Social family factors (meso). */
    RISK_SOCIAL_FAMILY(Side.BURDEN, Level.MESO, "Sociale gezinsfactoren", "Social family factors"),
    /** Social neighbourhood factors (meso). */
    RISK_NEIGHBOURHOOD(Side.BURDEN, Level.MESO, "Sociale buurtfactoren", "Social neighbourhood factors"),
    /** Socio-economic family factors (macro). */
    RISK_SOCIO_ECONOMIC(Side.BURDEN, Level.MACRO, "Sociaal-economische gezinsfactoren",
        "Socio-economic family factors"),
    /** Cultural factors (macro). */
    RISK_CULTURAL(Side.BURDEN, Level.MACRO, "Culturele factoren", "Cultural factors"),
    /** Societal factors (macro). */
    RISK_SOCIETAL(Side.BURDEN, Level.MACRO, "Maatschappelijke factoren", "Societal factors");

    private final Side side;
    private final Level level;
    private final Label label;

    FactorCategory(Side side, Level level, String nameNl, String nameEn) {
        this.side = side;
        this.level = level;
        this.label = new Label(nameNl, nameEn);
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

    /** The name in the language of {@code locale}: Dutch unless the language is English. */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
