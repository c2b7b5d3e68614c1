package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * One life domain of the problem inventory (probleeminventarisatie, method §4 phase 2): whether
 * the family has problems there, and what they are. Immutable and thread-safe.
 *
 * @param domain the life domain; never null
 * @param problem whether there are problems on it
 * @param description the problems as the family and the case manager put them, free text; never null
 * @param problems the problems the catalogue names on this domain that were found, by code, such as
 *     {@code violence} on the safety domain; never null
 */
public record InventoryEntry(@NotNull LifeDomainCode domain, boolean problem,
                             Optional<@Size(max = 4000) String> description, List<@NotNull ProblemCode> problems) {

    /** @throws NullPointerException if {@code domain} or a problem is null */
    public InventoryEntry {
        Objects.requireNonNull(domain, "domain");
        description = Require.optional(description);
        problems = Require.list(problems);
    }

    /**
     * An entry that names no problem of the catalogue.
     *
     * @throws NullPointerException if {@code domain} is null
     */
    public InventoryEntry(LifeDomainCode domain, boolean problem, Optional<String> description) {
        this(domain, problem, description, List.of());
    }

    /** The domain only: the description is personal. */
    @Override
    public String toString() {
        return "InventoryEntry[domain=" + domain + ", problem=" + problem + "]";
    }
}
