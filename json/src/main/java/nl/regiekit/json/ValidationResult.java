package nl.regiekit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;

/**
 * What the validation pipeline found in one document: its findings in pipeline order and, if
 * the document could be bound to the model, the document. Immutable and thread-safe.
 *
 * @param findings the findings; never null
 * @param document the bound document, if binding succeeded; never null
 */
public record ValidationResult(List<Finding> findings, Optional<Document> document) {

    /** @throws NullPointerException if an argument is null */
    public ValidationResult {
        findings = List.copyOf(findings);
        Objects.requireNonNull(document, "document");
    }

    /** Whether no finding has severity {@link Severity#ERROR}. */
    public boolean isValid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
