package nl.regiekit.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.internal.Require;

/**
 * The current situation on one life domain (huidige situatie per leefgebied, method §7 and §6):
 * a description, whether there is a problem, and, for a problem the plan does not take up with a
 * goal or trajectory, the recorded reason why. Immutable and thread-safe.
 *
 * @param domain the life domain, from the case's catalogue; never null
 * @param description the description, free text; never null
 * @param problem whether there is a problem on this domain
 * @param reasonNoAction why the plan takes no action on a problem here, free text; never null
 */
public record DomainSituation(@NotNull LifeDomainCode domain, Optional<@Size(max = 4000) String> description,
                              boolean problem, Optional<@Size(max = 4000) String> reasonNoAction) {

    /** @throws NullPointerException if {@code domain} is null */
    public DomainSituation {
        Objects.requireNonNull(domain, "domain");
        description = Require.optional(description);
        reasonNoAction = Require.optional(reasonNoAction);
    }

    /** The domain only: the description is personal. */
    @Override
    public String toString() {
        return "DomainSituation[domain=" + domain + ", problem=" + problem + "]";
    }
}
