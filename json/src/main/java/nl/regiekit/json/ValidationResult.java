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
 * @param document the bound document, if binding succeeded: a {@link nl.regiekit.casefile.CaseFile} or
 *     another kind's {@link Document}, the type {@link DocumentKind#type()} names; never null
 */
public record ValidationResult(List<Finding> findings, Optional<Object> document) {

    /** @throws NullPointerException if an argument is null */
    public ValidationResult {
        findings = List.copyOf(findings);
        Objects.requireNonNull(document, "document");
    }

    /**
     * The bound document if it is of {@code type}, such as {@code result.document(CaseFile.class)}.
     *
     * @throws NullPointerException if {@code type} is null
     */
    public <T> Optional<T> document(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return document.filter(type::isInstance).map(type::cast);
    }

    /** Whether no finding has severity {@link Severity#ERROR}. */
    public boolean isValid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
