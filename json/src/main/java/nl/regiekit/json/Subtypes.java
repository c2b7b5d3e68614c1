package nl.regiekit.json;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.regiekit.casemodel.IntakeDecision;

/**
 * How the model's sealed types are written in JSON: the discriminator property and the name of
 * each subtype. The Jackson binding and the schema generator both read this one table.
 */
public final class Subtypes {

    /** The property that names an intake decision's outcome. */
    public static final String INTAKE_DECISION_PROPERTY = "outcome";

    private static final Map<Class<?>, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(IntakeDecision.Accepted.class, "accepted");
        NAMES.put(IntakeDecision.WaitingList.class, "waiting-list");
        NAMES.put(IntakeDecision.Declined.class, "declined");
    }

    private Subtypes() {
    }

    /** Each subtype with its name, in a fixed order. */
    public static Map<Class<?>, String> names() {
        return java.util.Collections.unmodifiableMap(NAMES);
    }

    /** The discriminator property of a sealed type, or null if it has none. */
    public static String property(Class<?> sealedType) {
        return sealedType == IntakeDecision.class ? INTAKE_DECISION_PROPERTY : null;
    }
}
