package nl.regiekit.genogram;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.finding.Pointer;

/**
 * A genogram (genogram): the extended family and household over several generations with its
 * couple, parent-child and emotional relationships (method §9), around an index person. The
 * only structural invariant is that each person appears once; links to unknown people, an
 * absent index person and implausible data are findings of {@link GenogramRules}, because a
 * genogram in progress is allowed to be incomplete. Changes return a new genogram. Immutable
 * and thread-safe.
 *
 * @param people the people, each once; never null
 * @param couples the couple relationships; never null
 * @param parentLinks the parent-child links; never null
 * @param twins the twins; never null
 * @param ties the emotional relationships; never null
 * @param index the index person (indexpersoon), around whom the genogram is drawn; never null
 */
public record Genogram(List<@NotNull @Valid Relative> people, List<@NotNull @Valid Couple> couples,
                       List<@NotNull @Valid ParentLink> parentLinks, List<@NotNull @Valid Twins> twins,
                       List<@NotNull @Valid EmotionalTie> ties, Optional<PersonId> index) {

    /**
     * @throws NullPointerException if a list holds null
     * @throws ModelViolation with {@link ModelCodes#DUPLICATE_ID} if a person appears twice
     */
    public Genogram {
        people = people == null ? List.of() : List.copyOf(people);
        couples = couples == null ? List.of() : List.copyOf(couples);
        parentLinks = parentLinks == null ? List.of() : List.copyOf(parentLinks);
        twins = twins == null ? List.of() : List.copyOf(twins);
        ties = ties == null ? List.of() : List.copyOf(ties);
        index = index == null ? Optional.empty() : index;
        Set<PersonId> seen = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            if (!seen.add(people.get(i).id())) {
                throw new ModelViolation(ModelCodes.DUPLICATE_ID, Pointer.of("people", i, "id"));
            }
        }
    }

    /** A genogram without people. */
    public static Genogram empty() {
        return new Genogram(List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
    }

    /**
     * This genogram with {@code person} added.
     *
     * @throws ModelViolation with {@link ModelCodes#DUPLICATE_ID} if the person is already in it
     */
    public Genogram with(Relative person) {
        return new Genogram(append(people, person), couples, parentLinks, twins, ties, index);
    }

    /**
     * This genogram with the person of the same identifier replaced by {@code person}, in the same
     * place: to correct a year, a name or a label.
     *
     * @throws ModelViolation with {@link ModelCodes#DANGLING_REFERENCE} at {@code /people} if no
     *     person has that identifier
     */
    public Genogram replace(Relative person) {
        List<Relative> copy = new ArrayList<>(people);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(person.id())) {
                copy.set(i, person);
                return new Genogram(copy, couples, parentLinks, twins, ties, index);
            }
        }
        throw new ModelViolation(ModelCodes.DANGLING_REFERENCE, "/people");
    }

    /** This genogram with a couple relationship added. */
    public Genogram with(Couple couple) {
        return new Genogram(people, append(couples, couple), parentLinks, twins, ties, index);
    }

    /** This genogram with {@code child} linked to each of {@code parents} in the same way. */
    public Genogram withChild(PersonId child, ParentKind kind, PersonId... parents) {
        List<ParentLink> links = new ArrayList<>(parentLinks);
        for (PersonId parent : parents) {
            links.add(ParentLink.of(parent, child, kind));
        }
        return new Genogram(people, couples, links, twins, ties, index);
    }

    /** This genogram with twins added. */
    public Genogram with(Twins pair) {
        return new Genogram(people, couples, parentLinks, append(twins, pair), ties, index);
    }

    /** This genogram with an emotional relationship added. */
    public Genogram with(EmotionalTie tie) {
        return new Genogram(people, couples, parentLinks, twins, append(ties, tie), index);
    }

    /** This genogram around {@code person} as the index person. */
    public Genogram withIndex(PersonId person) {
        return new Genogram(people, couples, parentLinks, twins, ties, Optional.of(person));
    }

    /** The person with this identifier, if present. */
    public Optional<Relative> person(PersonId id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The people by identifier, in document order. */
    public Map<PersonId, Relative> peopleById() {
        return people.stream().collect(Collectors.toMap(Relative::id, Function.identity(), (a, b) -> a,
            java.util.LinkedHashMap::new));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Objects.requireNonNull(item, "item"));
        return copy;
    }
}
