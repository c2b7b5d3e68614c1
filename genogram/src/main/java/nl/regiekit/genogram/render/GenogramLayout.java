package nl.regiekit.genogram.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.Couple;
import nl.regiekit.genogram.EmotionalTie;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.internal.Lineage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where each person of a genogram is drawn: generations as rows, oldest on top; partners side by
 * side, a person with several partners between or beside them in turn; each group of full
 * siblings in birth order, centred under its parents; half-siblings under their own couple.
 * Row order is found by barycentre sweeps (few crossings), x positions by least-squares
 * placement with minimum gaps, so no two symbols overlap. Deterministic: the same genogram
 * gives the same layout. Immutable and thread-safe.
 */
public final class GenogramLayout {

    private static final Logger LOG = LoggerFactory.getLogger(GenogramLayout.class);

    /** The width and height of a person's symbol. */
    public static final double SYMBOL = 40;
    /** The distance between the centres of neighbours in one row. */
    public static final double SLOT = 100;
    /** The distance between the centres of two rows. */
    public static final double ROW = 180;
    /** The extra gap between people who are not partners. */
    private static final double CLUSTER_GAP = 20;
    /**
     * The extra gap between partners who do not live in one household: a household's boundary runs
     * between them, and it must pass beside, not through, the couple's years.
     */
    private static final double HOUSEHOLD_GAP = 50;
    /** The margin around the picture. */
    public static final double MARGIN = 60;
    private static final int ROUNDS = 4;
    /** At most this many passes of transposition over the rows. */
    private static final int TRANSPOSITIONS = 8;

    /**
     * Where one person is drawn.
     *
     * @param id the person
     * @param row the generation row, 0 on top
     * @param column the place in the row, 0 on the left
     * @param x the centre's x
     * @param y the centre's y
     */
    public record Placement(PersonId id, int row, int column, double x, double y) {
    }

    private final Map<PersonId, Placement> placements;
    private final List<List<PersonId>> rows;
    private final double width;
    private final double height;

    private GenogramLayout(Map<PersonId, Placement> placements, List<List<PersonId>> rows, double width,
                           double height) {
        this.placements = placements;
        this.rows = rows;
        this.width = width;
        this.height = height;
    }

    /**
     * The layout of {@code genogram}; links to unknown people are left out.
     *
     * @throws NullPointerException if {@code genogram} is null
     */
    public static GenogramLayout of(Genogram genogram) {
        return new Builder(Objects.requireNonNull(genogram, "genogram")).build();
    }

    /** Every placement, in the genogram's order of people. */
    public List<Placement> placements() {
        return List.copyOf(placements.values());
    }

    /** The placement of {@code id}, if the genogram holds that person. */
    public Optional<Placement> placement(PersonId id) {
        return Optional.ofNullable(placements.get(id));
    }

    /** The people of each row from left to right, top row first. */
    public List<List<PersonId>> rows() {
        return rows;
    }

    /** The width of the people's area, margins included. */
    public double width() {
        return width;
    }

    /** The height of the people's area, margins included. */
    public double height() {
        return height;
    }

    /** The layout algorithm over positions in the genogram's list of people. */
    private static final class Builder {
        private final Genogram genogram;
        private final Lineage lineage;
        private final int n;
        private final int[] row;
        private final List<List<Integer>> partners = new ArrayList<>();
        private final List<List<List<Integer>>> clusters = new ArrayList<>();
        private final double[] fraction;
        private final double[] x;
        /** Each person's lines to other rows: parents, children and emotional ties. */
        private final List<List<Integer>> neighbours = new ArrayList<>();

        Builder(Genogram genogram) {
            this.genogram = genogram;
            this.lineage = new Lineage(genogram);
            this.n = lineage.size();
            this.row = lineage.generations();
            this.fraction = new double[n];
            this.x = new double[n];
            for (int i = 0; i < n; i++) {
                partners.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                neighbours.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                for (int parent : lineage.descentParents(i)) {
                    if (row[parent] != row[i]) {
                        neighbours.get(i).add(parent);
                        neighbours.get(parent).add(i);
                    }
                }
            }
            for (EmotionalTie tie : genogram.ties()) {
                int a = lineage.position(tie.from());
                int b = lineage.position(tie.to());
                if (a >= 0 && b >= 0 && row[a] != row[b]) {
                    neighbours.get(a).add(b);
                    neighbours.get(b).add(a);
                }
            }
            for (Couple couple : genogram.couples()) {
                int a = lineage.position(couple.first());
                int b = lineage.position(couple.second());
                if (a >= 0 && b >= 0 && row[a] == row[b] && !partners.get(a).contains(b)) {
                    partners.get(a).add(b);
                    partners.get(b).add(a);
                }
            }
        }

        GenogramLayout build() {
            int rowCount = Arrays.stream(row).max().orElse(-1) + 1;
            for (int r = 0; r < rowCount; r++) {
                clusters.add(clustersOf(r));
                updateFractions(r);
            }
            for (int r = 1; r < rowCount; r++) {
                order(r, true);
            }
            for (int r = rowCount - 2; r >= 0; r--) {
                order(r, false);
            }
            for (int r = 1; r < rowCount; r++) {
                order(r, true);
            }
            transpose(rowCount);
            for (int r = 0; r < rowCount; r++) {
                List<Integer> people = flat(r);
                for (int k = 0; k < people.size(); k++) {
                    x[people.get(k)] = k * SLOT;
                }
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (int r = 1; r < rowCount; r++) {
                    place(r, downTargets(r));
                }
                for (int r = rowCount - 2; r >= 0; r--) {
                    place(r, upTargets(r));
                }
            }
            for (int r = 1; r < rowCount; r++) {
                place(r, downTargets(r));
            }
            double min = Arrays.stream(x).min().orElse(0);
            double max = Arrays.stream(x).max().orElse(0);
            int[] column = new int[n];
            for (int r = 0; r < rowCount; r++) {
                List<Integer> people = flat(r);
                for (int k = 0; k < people.size(); k++) {
                    column[people.get(k)] = k;
                }
            }
            Map<PersonId, Placement> placed = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                placed.put(genogram.people().get(i).id(), new Placement(genogram.people().get(i).id(), row[i],
                    column[i], x[i] - min + MARGIN + SLOT / 2, MARGIN + SYMBOL / 2 + row[i] * ROW));
            }
            List<List<PersonId>> rowIds = new ArrayList<>();
            for (int r = 0; r < rowCount; r++) {
                rowIds.add(flat(r).stream().map(i -> genogram.people().get(i).id()).toList());
            }
            LOG.debug("laid out {} people in {} rows", n, rowCount);
            return new GenogramLayout(placed, List.copyOf(rowIds), max - min + 2 * MARGIN + SLOT,
                Math.max(rowCount, 1) * ROW - ROW + SYMBOL + 2 * MARGIN + 40);
        }

        /** The partner clusters of a row: each a chain of partners, in the genogram's order. */
        private List<List<Integer>> clustersOf(int r) {
            boolean[] done = new boolean[n];
            List<List<Integer>> result = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                if (row[p] != r || done[p]) {
                    continue;
                }
                List<Integer> component = new ArrayList<>();
                Deque<Integer> queue = new ArrayDeque<>(List.of(p));
                done[p] = true;
                while (!queue.isEmpty()) {
                    int q = queue.poll();
                    component.add(q);
                    for (int partner : partners.get(q)) {
                        if (!done[partner]) {
                            done[partner] = true;
                            queue.add(partner);
                        }
                    }
                }
                component.sort(Comparator.naturalOrder());
                int start = component.stream().filter(q -> partners.get(q).size() <= 1).findFirst().orElse(p);
                List<Integer> chain = new ArrayList<>();
                chain.add(start);
                int current = start;
                while (true) {
                    int next = -1;
                    for (int partner : partners.get(current)) {
                        if (!chain.contains(partner) && (next < 0 || partner < next)) {
                            next = partner;
                        }
                    }
                    if (next < 0) {
                        break;
                    }
                    chain.add(next);
                    current = next;
                }
                component.stream().filter(q -> !chain.contains(q)).forEach(chain::add);
                result.add(chain);
            }
            return result;
        }

        private List<Integer> flat(int r) {
            List<Integer> people = new ArrayList<>();
            clusters.get(r).forEach(people::addAll);
            return people;
        }

        private void updateFractions(int r) {
            List<Integer> people = flat(r);
            for (int k = 0; k < people.size(); k++) {
                fraction[people.get(k)] = (k + 0.5) / people.size();
            }
        }

        /** Orders a row's clusters by the mean position of their parents (down) or children (up). */
        private void order(int r, boolean down) {
            List<List<Integer>> row = new ArrayList<>();
            for (List<Integer> cluster : clusters.get(r)) {
                row.add(oriented(cluster, down));
            }
            Map<List<Integer>, double[]> keys = new LinkedHashMap<>();
            for (List<Integer> cluster : row) {
                double sum = 0;
                int count = 0;
                double born = Double.MAX_VALUE;
                for (int p : cluster) {
                    List<Integer> neighbours = down ? lineage.descentParents(p) : lineage.children(p);
                    // Upwards, ties to people below count as lines too (siblings stay in birth order: a
                    // downward sweep orders them by their parents alone).
                    for (int q : down ? neighbours : this.neighbours.get(p)) {
                        if (down ? this.row[q] != this.row[p] : this.row[q] > this.row[p]) {
                            sum += fraction[q];
                            count++;
                        }
                    }
                    if (down && !neighbours.isEmpty()) {
                        born = Math.min(born, genogram.people().get(p).birthYear().orElse(Integer.MAX_VALUE));
                    }
                }
                double own = cluster.stream().mapToDouble(p -> fraction[p]).average().orElse(0);
                keys.put(cluster, new double[] {count == 0 ? own : sum / count, born, cluster.get(0)});
            }
            row.sort(Comparator.comparingDouble((List<Integer> c) -> keys.get(c)[0])
                .thenComparingDouble(c -> keys.get(c)[1]).thenComparingDouble(c -> keys.get(c)[2]));
            clusters.set(r, row);
            updateFractions(r);
        }

        /**
         * The transposition heuristic of Gansner, Koutsofios, North and Vo, "A Technique for
         * Drawing Directed Graphs" (IEEE TSE 19(3), 1993, section 3.3), which {@code dot} runs after
         * its barycentre sweeps: two neighbouring clusters of a row change places when that makes
         * fewer crossings between the lines they have to the other rows, row after row until no
         * exchange helps. The lines counted are descent (to parents and children) and emotional
         * ties, which are drawn too. Full siblings never change places, so they stay in birth order.
         */
        private void transpose(int rowCount) {
            int[] at = new int[n];
            for (int r = 0; r < rowCount; r++) {
                positions(r, at);
            }
            for (int pass = 0; pass < TRANSPOSITIONS; pass++) {
                boolean improved = false;
                for (int r = 0; r < rowCount; r++) {
                    List<List<Integer>> row = clusters.get(r);
                    for (int i = 0; i + 1 < row.size(); i++) {
                        List<Integer> left = row.get(i);
                        List<Integer> right = row.get(i + 1);
                        if (!siblings(left, right) && crossings(right, left, at) < crossings(left, right, at)) {
                            row.set(i, right);
                            row.set(i + 1, left);
                            positions(r, at);
                            improved = true;
                        }
                    }
                }
                if (!improved) {
                    break;
                }
            }
            for (int r = 0; r < rowCount; r++) {
                updateFractions(r);
            }
        }

        /** Each person's place in its row. */
        private void positions(int r, int[] at) {
            List<Integer> people = flat(r);
            for (int k = 0; k < people.size(); k++) {
                at[people.get(k)] = k;
            }
        }

        /**
         * The crossings between the lines of cluster {@code left} and those of cluster
         * {@code right} when {@code left} stands to the left: pairs of lines to one other row whose
         * other ends lie the other way round.
         */
        private int crossings(List<Integer> left, List<Integer> right, int[] at) {
            int count = 0;
            for (int p : left) {
                for (int u : neighbours.get(p)) {
                    for (int q : right) {
                        for (int w : neighbours.get(q)) {
                            if (row[u] == row[w] && at[u] > at[w]) {
                                count++;
                            }
                        }
                    }
                }
            }
            return count;
        }

        /** Whether two clusters hold full or half siblings, whose order the birth years fix. */
        private boolean siblings(List<Integer> a, List<Integer> b) {
            for (int p : a) {
                for (int q : b) {
                    for (int parent : lineage.descentParents(p)) {
                        if (lineage.descentParents(q).contains(parent)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * The chain, reversed when its members' parents (down) or children (up) lie in the
         * opposite order, so that their lines do not cross.
         */
        private List<Integer> oriented(List<Integer> chain, boolean down) {
            double trend = 0;
            for (int j = 0; j < chain.size(); j++) {
                int p = chain.get(j);
                List<Integer> neighbours = down ? lineage.descentParents(p) : lineage.children(p);
                double mean = neighbours.stream().filter(q -> row[q] != row[p]).mapToDouble(q -> fraction[q])
                    .average().orElse(Double.NaN);
                if (!Double.isNaN(mean)) {
                    trend += (j - (chain.size() - 1) / 2.0) * (mean - 0.5);
                }
            }
            if (trend >= 0) {
                return chain;
            }
            List<Integer> reversed = new ArrayList<>(chain);
            java.util.Collections.reverse(reversed);
            return reversed;
        }

        /** Targets that centre each group of siblings under its parents; partners follow. */
        private double[] downTargets(int r) {
            List<Integer> people = flat(r);
            double[] target = new double[people.size()];
            boolean[] set = new boolean[people.size()];
            Map<List<Integer>, List<Integer>> groups = new LinkedHashMap<>();
            for (int k = 0; k < people.size(); k++) {
                List<Integer> parents = new ArrayList<>(lineage.descentParents(people.get(k)));
                parents.removeIf(q -> row[q] >= r);
                if (!parents.isEmpty()) {
                    parents.sort(Comparator.naturalOrder());
                    groups.computeIfAbsent(parents, key -> new ArrayList<>()).add(k);
                }
            }
            groups.forEach((parents, members) -> {
                double anchor = parents.stream().mapToDouble(q -> x[q]).average().orElse(0);
                for (int j = 0; j < members.size(); j++) {
                    target[members.get(j)] = anchor + (j - (members.size() - 1) / 2.0) * SLOT;
                    set[members.get(j)] = true;
                }
            });
            followPartners(people, target, set);
            return target;
        }

        /** Targets that centre each couple or single parent over its children. */
        private double[] upTargets(int r) {
            List<Integer> people = flat(r);
            double[] target = new double[people.size()];
            boolean[] set = new boolean[people.size()];
            for (int k = 0; k < people.size(); k++) {
                int p = people.get(k);
                double shift = 0;
                int count = 0;
                for (int c : lineage.children(p)) {
                    if (row[c] <= r || !lineage.descentParents(c).contains(p)) {
                        continue;
                    }
                    double anchor = lineage.descentParents(c).stream().filter(q -> row[q] == r)
                        .mapToDouble(q -> x[q]).average().orElse(x[p]);
                    shift += x[c] - anchor;
                    count++;
                }
                if (count > 0) {
                    target[k] = x[p] + shift / count;
                    set[k] = true;
                }
            }
            followPartners(people, target, set);
            return target;
        }

        /** People without a target take their partner's shifted by their distance, else stay put. */
        private void followPartners(List<Integer> people, double[] target, boolean[] set) {
            boolean[] own = set.clone();
            Map<Integer, Integer> at = new java.util.HashMap<>();
            for (int k = 0; k < people.size(); k++) {
                at.put(people.get(k), k);
            }
            for (int k = 0; k < people.size(); k++) {
                if (own[k]) {
                    continue;
                }
                int p = people.get(k);
                double sum = 0;
                int count = 0;
                for (int partner : partners.get(p)) {
                    Integer j = at.get(partner);
                    if (j != null && own[j]) {
                        sum += target[j] + (x[p] - x[partner]);
                        count++;
                    }
                }
                target[k] = count > 0 ? sum / count : x[p];
                set[k] = true;
            }
        }

        /** Where each partner of a chain stands from the first: a slot apart, more between households. */
        private double[] inner(List<Integer> chain) {
            double[] at = new double[chain.size()];
            for (int q = 1; q < chain.size(); q++) {
                boolean sameHome = genogram.people().get(chain.get(q - 1)).household()
                    .equals(genogram.people().get(chain.get(q)).household());
                at[q] = at[q - 1] + SLOT + (sameHome ? 0 : HOUSEHOLD_GAP);
            }
            return at;
        }

        /**
         * Places a row as near its targets as the minimum gaps allow (weighted least squares, in
         * order); partners move as one block, so they stay side by side.
         */
        private void place(int r, double[] target) {
            List<List<Integer>> blocks = clusters.get(r);
            int m = blocks.size();
            double[] offset = new double[m];
            double[] want = new double[m];
            int[] weight = new int[m];
            int k = 0;
            for (int c = 0; c < m; c++) {
                List<Integer> cluster = blocks.get(c);
                if (c > 0) {
                    double[] before = inner(blocks.get(c - 1));
                    offset[c] = offset[c - 1] + before[before.length - 1] + SLOT + CLUSTER_GAP;
                }
                double[] inner = inner(cluster);
                double sum = 0;
                for (int j = 0; j < cluster.size(); j++, k++) {
                    sum += target[k] - inner[j];
                }
                want[c] = sum / cluster.size() - offset[c];
                weight[c] = cluster.size();
            }
            double[] value = new double[m];
            int[] count = new int[m];
            int[] members = new int[m];
            int pools = 0;
            for (int c = 0; c < m; c++) {
                value[pools] = want[c];
                count[pools] = weight[c];
                members[pools] = 1;
                pools++;
                while (pools > 1 && value[pools - 2] > value[pools - 1]) {
                    int merged = count[pools - 2] + count[pools - 1];
                    value[pools - 2] = (value[pools - 2] * count[pools - 2] + value[pools - 1] * count[pools - 1])
                        / merged;
                    count[pools - 2] = merged;
                    members[pools - 2] += members[pools - 1];
                    pools--;
                }
            }
            int c = 0;
            for (int pool = 0; pool < pools; pool++) {
                for (int j = 0; j < members[pool]; j++, c++) {
                    List<Integer> cluster = blocks.get(c);
                    double[] inner = inner(cluster);
                    for (int q = 0; q < cluster.size(); q++) {
                        x[cluster.get(q)] = value[pool] + offset[c] + inner[q];
                    }
                }
            }
        }
    }
}
