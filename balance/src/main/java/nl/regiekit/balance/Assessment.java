package nl.regiekit.balance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;

/**
 * An assessment of the balance model (balansmeting): on a date, an assessor weighs the factors of
 * capacity and burden for the family as a whole or for one member (method §8). It is an aggregate:
 * it changes through {@link #score(FactorScore)} and {@link #withoutFactor(FactorId)}, which return
 * a new assessment and keep its invariants. Immutable and thread-safe.
 *
 * <p>Invariants: each factor is scored at most once.
 *
 * @param id the identifier; never null
 * @param date the day of the assessment; never null
 * @param assessor the professional who assessed; never null
 * @param member the family member it concerns; empty for the family as a whole; never null
 * @param catalog the factor catalogue used; never null
 * @param catalogVersion the version of that catalogue; never null or blank
 * @param scores the factor scores; never null
 * @param note a free-text note; personal data, never logged; never null
 */
public record Assessment(@NotNull AssessmentId id, @NotNull LocalDate date, @NotNull ProfessionalId assessor,
                         Optional<PersonId> member, @NotNull FactorCatalogId catalog,
                         @NotBlank @Size(max = 20) String catalogVersion, List<@Valid FactorScore> scores,
                         Optional<@Size(max = 4000) String> note) {

    /**
     * @throws NullPointerException if a required argument or a score is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if a factor is scored twice or the version is blank
     */
    public Assessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(assessor, "assessor");
        member = member == null ? Optional.empty() : member;
        Objects.requireNonNull(catalog, "catalog");
        Require.nonBlank(catalogVersion, "catalogVersion");
        scores = Require.list(scores);
        Require.uniqueKeys(scores, FactorScore::factor, "scores", "factor");
        note = note == null ? Optional.empty() : note;
        note.ifPresent(text -> Require.nonBlank(text, "note"));
    }

    /** A new assessment of the family as a whole with factors from {@code catalog}, no scores yet and no note. */
    public static Assessment start(AssessmentId id, LocalDate date, ProfessionalId assessor, FactorCatalog catalog) {
        return new Assessment(id, date, assessor, Optional.empty(), catalog.id(), catalog.version(), List.of(),
            Optional.empty());
    }

    /** This assessment with {@code factorScore} added, or replacing the score of the same factor. */
    public Assessment score(FactorScore factorScore) {
        Objects.requireNonNull(factorScore, "factorScore");
        List<FactorScore> changed = new ArrayList<>(scores);
        int at = indexOf(factorScore.factor());
        if (at < 0) {
            changed.add(factorScore);
        } else {
            changed.set(at, factorScore);
        }
        return new Assessment(id, date, assessor, member, catalog, catalogVersion, changed, note);
    }

    /** This assessment without the score of {@code factor}; unchanged if it has none. */
    public Assessment withoutFactor(FactorId factor) {
        return new Assessment(id, date, assessor, member, catalog, catalogVersion,
            scores.stream().filter(s -> !s.factor().equals(factor)).toList(), note);
    }

    /** This assessment about {@code about} instead of the family as a whole. */
    public Assessment about(PersonId about) {
        return new Assessment(id, date, assessor, Optional.of(about), catalog, catalogVersion, scores, note);
    }

    /** This assessment with a note. */
    public Assessment withNote(String text) {
        return new Assessment(id, date, assessor, member, catalog, catalogVersion, scores,
            Optional.of(Require.nonBlank(text, "note")));
    }

    /** The score of {@code factor}, if it was scored. */
    public Optional<FactorScore> scoreOf(FactorId factor) {
        int at = indexOf(factor);
        return at < 0 ? Optional.empty() : Optional.of(scores.get(at));
    }

    private int indexOf(FactorId factor) {
        for (int i = 0; i < scores.size(); i++) {
            if (scores.get(i).factor().equals(factor)) {
                return i;
            }
        }
        return -1;
    }

    /** Without the note: it never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Assessment[id=" + id + ", date=" + date + ", scores=" + scores.size() + "]";
    }
}
