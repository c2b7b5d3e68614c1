package nl.regiekit.balance;

import java.util.Locale;

import nl.regiekit.balance.internal.Labels;

/**
 * The five routes of intervention that follow from the balance model (interventieroutes, method §8),
 * in the method's order.
 */
public enum InterventionRoute {
    /** 1. Increase skills: show how, instruct, give feedback. */
    INCREASE_SKILLS(1),
    /** 2. Lighten or enrich tasks: structure, inform, split into subtasks, give a time perspective. */
    LIGHTEN_TASKS(2),
    /** 3. Relieve stress: remove stressors, activate protective factors. */
    RELIEVE_STRESS(3),
    /** 4. Activate resilience and protective factors: name strengths, positive feedback. */
    ACTIVATE_PROTECTION(4),
    /** 5. Reduce (the influence of) pathology: motivate and refer to fitting treatment. */
    REDUCE_PATHOLOGY(5);

    private final int number;

    InterventionRoute(int number) {
        this.number = number;
    }

    /** The route's number in method §8, 1 to 5. */
    public int number() {
        return number;
    }

    /**
     * The name in the language of {@code locale}, from the module's bundles: Dutch, English, or a vendor's
     * {@code regiekit/balance_LANG.properties} (key {@code InterventionRoute.NAME}).
     */
    public String label(Locale locale) {
        return Labels.of(this, locale);
    }
}
