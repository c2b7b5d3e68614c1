package nl.regiekit.genogram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.internal.Lineage;

/**
 * The method's questions to a genogram (method §1, §9): the generation of each person, the
 * patterns repeated across generations, and the support pillars and cut-offs around the index
 * person. Links to unknown people are ignored. Immutable and thread-safe.
 */
public final class GenogramQueries {

    private final Genogram genogram;
    private final int[] rows;

    /**
     * @throws NullPointerException if {@code genogram} is null
     */
    public GenogramQueries(Genogram genogram) {
        this.genogram = Objects.requireNonNull(genogram, "genogram");
        this.rows = new Lineage(genogram).generations();
    }

    /**
     * The generation of each person, 0 for the oldest, in document order: children one below
     * their parents, partners in one generation.
     */
    public Map<PersonId, Integer> generations() {
        Map<PersonId, Integer> result = new LinkedHashMap<>();
        for (int i = 0; i < rows.length; i++) {
            result.put(genogram.people().get(i).id(), rows[i]);
        }
        return result;
    }

    /**
     * Each label carried in two or more generations on one line of descent (biological, adoptive
     * or foster), once per youngest carrier, with its carrying ancestors; in document order.
     */
    public List<RepeatedPattern> repeatedPatterns() {
        Lineage lineage = new Lineage(genogram);
        List<RepeatedPattern> patterns = new ArrayList<>();
        Set<List<PersonId>> seen = new LinkedHashSet<>();
        for (ConditionLabel label : ConditionLabel.values()) {
            Set<Integer> carriedByDescendant = new LinkedHashSet<>();
            for (int i = 0; i < rows.length; i++) {
                if (genogram.people().get(i).has(label)) {
                    for (int a : lineage.ancestors(i)) {
                        carriedByDescendant.add(a);
                    }
                }
            }
            for (int i = 0; i < rows.length; i++) {
                if (!genogram.people().get(i).has(label) || carriedByDescendant.contains(i)) {
                    continue;
                }
                List<Integer> line = new ArrayList<>();
                for (int a : lineage.ancestors(i)) {
                    if (genogram.people().get(a).has(label)) {
                        line.add(a);
                    }
                }
                line.add(i);
                line.sort(Comparator.comparingInt((Integer p) -> rows[p]).thenComparingInt(p -> p));
                int span = rows[line.get(line.size() - 1)] - rows[line.get(0)] + 1;
                List<PersonId> carriers = line.stream().map(p -> genogram.people().get(p).id()).toList();
                if (span >= 2 && seen.add(carriers)) {
                    patterns.add(new RepeatedPattern(label, carriers, span));
                }
            }
        }
        return List.copyOf(patterns);
    }

    /**
     * The support pillars (steunpilaren) of the index person: living people with a close
     * relationship to the index person and no negative one; empty without an index person.
     */
    public List<PersonId> supportPillars() {
        List<PersonId> negative = around(true, null);
        List<PersonId> close = around(false, EmotionalKind.CLOSE);
        close.removeAll(negative);
        close.removeIf(id -> genogram.person(id).map(Relative::deceased).orElse(true));
        return List.copyOf(close);
    }

    /** The people with whom the index person has cut off contact (verbroken contact). */
    public List<PersonId> cutOffs() {
        return List.copyOf(around(false, EmotionalKind.CUT_OFF));
    }

    private List<PersonId> around(boolean anyNegative, EmotionalKind kind) {
        Set<PersonId> found = new LinkedHashSet<>();
        genogram.index().ifPresent(index -> {
            for (EmotionalTie tie : genogram.ties()) {
                if (tie.involves(index) && (anyNegative ? tie.kind().negative() : tie.kind() == kind)) {
                    found.add(tie.otherThan(index));
                }
            }
        });
        return new ArrayList<>(found);
    }
}
