package nl.regiekit.balance;

import java.util.Locale;

import nl.regiekit.balance.internal.Label;

/**
 * The five routes of intervention that follow from the balance model (interventieroutes, method §8),
 * in the method's order.
 */
public enum InterventionRoute {
    /** 1. Increase skills: show how, instruct, give feedback. */
    INCREASE_SKILLS(1, "Vaardigheden vergroten", "Increase skills"),
    /** 2. Lighten or enrich tasks: structure, inform, split into subtasks, give a time perspective. */
    LIGHTEN_TASKS(2, "Taken verlichten of verrijken", "Lighten or enrich tasks"),
    /** 3. Relieve stress: remove stressors, activate protective factors. */
    RELIEVE_STRESS(3, "Stress verminderen", "Relieve stress"),
    /** 4. Activate resilience and protective factors: name strengths, positive feedback. */
    ACTIVATE_PROTECTION(4, "Veerkracht en beschermende factoren activeren", "Activate resilience and protection"),
    /** 5. Reduce (the influence of) pathology: motivate and refer to fitting treatment. */
    REDUCE_PATHOLOGY(5, "Invloed van pathologie verminderen", "Reduce the influence of pathology");

    private final int number;
    private final Label label;

    InterventionRoute(int number, String nameNl, String nameEn) {
        this.number = number;
        this.label = new Label(nameNl, nameEn);
    }

    /** The route's number in method §8, 1 to 5. */
    public int number() {
        return number;
    }

    /** The name in the language of {@code locale}: Dutch unless the language is English. */
    public String label(Locale locale) {
        return label.in(locale);
    }
}
