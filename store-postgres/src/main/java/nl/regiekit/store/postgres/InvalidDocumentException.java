package nl.regiekit.store.postgres;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.finding.Finding;

/**
 * Thrown when a save is refused because the validation pipeline found an error in the document: nothing of
 * it was stored. The findings say what is wrong, each with its code and JSON Pointer; like every finding they
 * name identifiers only, and so does the message.
 */
public final class InvalidDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final transient List<Finding> findings;

    /**
     * @param id the identifier of the refused aggregate
     * @param findings every finding of the pipeline, at least one an error
     * @throws NullPointerException if an argument is null
     */
    public InvalidDocumentException(String id, List<Finding> findings) {
        super("document " + Objects.requireNonNull(id, "id") + " refused: "
            + findings.stream().filter(f -> f.severity() == nl.regiekit.casemodel.finding.Severity.ERROR)
                .map(f -> f.code() + " at '" + f.pointer() + "'").toList());
        this.id = id;
        this.findings = List.copyOf(findings);
    }

    /** The identifier of the refused aggregate; never null. */
    public String id() {
        return id;
    }

    /** Every finding of the pipeline, in pipeline order; never null, at least one an error. */
    public List<Finding> findings() {
        return findings;
    }
}
