package nl.regiekit.json;

import com.fasterxml.jackson.annotation.JsonProperty;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.genogram.Ecogram;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.Sociogram;

/**
 * A case file document ({@code regiekit/case-file}): one case and, as later modules arrive,
 * its plans, assessments and graphs. Immutable and thread-safe.
 *
 * @param kind always {@code regiekit/case-file}
 * @param schemaVersion the schema version
 * @param subject the case, written as {@code case}; never null
 * @param genogram the family's genogram, if drawn; never null
 * @param sociogram the sociogram of a member or the family, if drawn; never null
 * @param ecogram the family's ecogram, if drawn; never null
 */
public record CaseFile(@NotNull String kind, @NotNull String schemaVersion,
                       @JsonProperty("case") @NotNull @Valid Case subject,
                       Optional<@Valid Genogram> genogram, Optional<@Valid Sociogram> sociogram,
                       Optional<@Valid Ecogram> ecogram) implements Document {

    /** @throws NullPointerException if {@code kind}, {@code schemaVersion} or {@code subject} is null */
    public CaseFile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(subject, "subject");
        genogram = genogram == null ? Optional.empty() : genogram;
        sociogram = sociogram == null ? Optional.empty() : sociogram;
        ecogram = ecogram == null ? Optional.empty() : ecogram;
    }

    /**
     * A case file holding only a case.
     *
     * @throws NullPointerException if an argument is null
     */
    public CaseFile(String kind, String schemaVersion, Case subject) {
        this(kind, schemaVersion, subject, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This case file with {@code value} as its genogram. */
    public CaseFile with(Genogram value) {
        return new CaseFile(kind, schemaVersion, subject, Optional.of(value), sociogram, ecogram);
    }

    /** This case file with {@code value} as its sociogram. */
    public CaseFile with(Sociogram value) {
        return new CaseFile(kind, schemaVersion, subject, genogram, Optional.of(value), ecogram);
    }

    /** This case file with {@code value} as its ecogram. */
    public CaseFile with(Ecogram value) {
        return new CaseFile(kind, schemaVersion, subject, genogram, sociogram, Optional.of(value));
    }

    /** A case file of the current schema version holding {@code subject}. */
    public static CaseFile of(Case subject) {
        return new CaseFile(DocumentKind.CASE_FILE.id(), DocumentKind.SCHEMA_VERSION, subject);
    }
}
