package nl.regiekit.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.internal.Require;

/**
 * A youth plan (jeugdplan, method §5 and §7): a separate plan for one young person aged 12 to 24,
 * drawn up by the youth worker per life domain and aligned with the family plan. Immutable and
 * thread-safe.
 *
 * <p>Invariant: each life domain appears once.
 *
 * @param id the identifier; never null
 * @param youngPerson the young person; never null
 * @param youthWorker the youth worker who drew it up; never null
 * @param date the date of the plan; never null
 * @param domains the plan per life domain; never null
 */
public record YouthPlan(@NotNull YouthPlanId id, @NotNull PersonId youngPerson, @NotNull ProfessionalId youthWorker,
                        @NotNull LocalDate date, List<@Valid YouthPlanDomain> domains) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if a life domain appears twice
     */
    public YouthPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(youngPerson, "youngPerson");
        Objects.requireNonNull(youthWorker, "youthWorker");
        Objects.requireNonNull(date, "date");
        domains = Require.list(domains);
        Require.uniqueKeys(domains, YouthPlanDomain::domain, "domains", "domain");
    }
}
