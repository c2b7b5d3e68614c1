package nl.regiekit.json;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.finding.Pointer;

/**
 * A case file document ({@code regiekit/case-file}): one case and, as later modules arrive,
 * its plans, assessments and graphs. Immutable and thread-safe.
 *
 * <p>Invariants: assessment identifiers are unique.
 *
 * @param kind always {@code regiekit/case-file}
 * @param schemaVersion the schema version
 * @param subject the case, written as {@code case}; never null
 * @param assessments the balance-model assessments of the family (method §8); never null
 * @param selfReliance the self-reliance scores, one history per instrument (method §6); never null
 */
public record CaseFile(@NotNull String kind, @NotNull String schemaVersion,
                       @JsonProperty("case") @NotNull @Valid Case subject,
                       List<@Valid Assessment> assessments, List<@Valid SelfRelianceHistory> selfReliance)
    implements Document {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation if an assessment identifier is used twice
     */
    public CaseFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(subject, "subject");
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        selfReliance = selfReliance == null ? List.of() : List.copyOf(selfReliance);
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < assessments.size(); i++) {
            if (!ids.add(assessments.get(i).id())) {
                throw new ModelViolation(ModelCodes.DUPLICATE_ID, Pointer.of("assessments", i, "id"));
            }
        }
    }

    /** A case file of the current schema version holding {@code subject}. */
    public static CaseFile of(Case subject) {
        return new CaseFile(DocumentKind.CASE_FILE.id(), DocumentKind.SCHEMA_VERSION, subject, List.of(), List.of());
    }

    /** This case file with {@code assessment} added. */
    public CaseFile withAssessment(Assessment assessment) {
        List<Assessment> all = new ArrayList<>(assessments);
        all.add(Objects.requireNonNull(assessment, "assessment"));
        return new CaseFile(kind, schemaVersion, subject, all, selfReliance);
    }

    /** This case file with {@code history} added. */
    public CaseFile withSelfReliance(SelfRelianceHistory history) {
        List<SelfRelianceHistory> all = new ArrayList<>(selfReliance);
        all.add(Objects.requireNonNull(history, "history"));
        return new CaseFile(kind, schemaVersion, subject, assessments, all);
    }
}
