package nl.regiekit.casemodel.finding;

import java.util.Objects;

/**
 * Thrown when a structural invariant of the model is broken: an identifier used twice, a
 * reference that does not resolve, dates out of order, a BSN that fails the eleven-test.
 * Such an object cannot be built. It carries the finding code and a JSON Pointer relative to
 * the object that refused the value, so that the validation pipeline can report it at the
 * right place. Its message holds the code and pointer only, never the refused value.
 */
public final class ModelViolation extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The code of the broken invariant; never null. */
    private final FindingCode code;
    /** The pointer relative to the object being built; never null. */
    private final String pointer;

    /**
     * @param code the code of the broken invariant
     * @param pointer the JSON Pointer relative to the object being built ({@code ""} for itself)
     * @throws NullPointerException if an argument is null
     */
    public ModelViolation(FindingCode code, String pointer) {
        super(Objects.requireNonNull(code, "code").code() + " at '" + Objects.requireNonNull(pointer, "pointer")
            + "': " + code.template(java.util.Locale.ENGLISH));
        this.code = code;
        this.pointer = pointer;
    }

    /** The code of the broken invariant; never null. */
    public FindingCode code() {
        return code;
    }

    /** The pointer relative to the object that refused the value; never null. */
    public String pointer() {
        return pointer;
    }

    /** This violation with {@code prefix} put before its pointer, for an object inside a larger one. */
    public ModelViolation under(String prefix) {
        ModelViolation moved = new ModelViolation(code, prefix + pointer);
        moved.initCause(this);
        return moved;
    }

    /** The finding for this violation, with {@code prefix} put before the relative pointer. */
    public Finding toFinding(String prefix) {
        return Finding.of(code, prefix + pointer);
    }
}
