package nl.regiekit.genogram;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.PersonId;

/**
 * A pattern passed between generations (intergenerationele overdracht, method §1): the same
 * label carried by people in two or more generations on one line of descent. Immutable and
 * thread-safe.
 *
 * @param label the label; never null
 * @param carriers the people on the line who carry it, oldest generation first; at least two
 * @param generations the number of generations the carriers span
 */
public record RepeatedPattern(ConditionLabel label, List<PersonId> carriers, int generations) {

    /** @throws NullPointerException if an argument is null */
    public RepeatedPattern {
        Objects.requireNonNull(label, "label");
        carriers = List.copyOf(carriers);
    }
}
