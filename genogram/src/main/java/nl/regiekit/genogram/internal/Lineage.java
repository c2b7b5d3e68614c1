package nl.regiekit.genogram.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.Couple;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.ParentLink;

/**
 * The parent-child graph of a genogram over the people it holds, by position in
 * {@link Genogram#people()}. Links to unknown people are left out. Iterative throughout, so
 * deep or cyclic input cannot overflow the stack. Not thread-safe; build one per question.
 */
public final class Lineage {

    private final Genogram genogram;
    private final Map<PersonId, Integer> position = new HashMap<>();
    private final List<List<Integer>> parents = new ArrayList<>();
    private final List<List<Integer>> children = new ArrayList<>();
    private final List<List<Integer>> descentParents = new ArrayList<>();

    /** The graph of {@code genogram}. */
    public Lineage(Genogram genogram) {
        this.genogram = genogram;
        for (int i = 0; i < genogram.people().size(); i++) {
            position.put(genogram.people().get(i).id(), i);
            parents.add(new ArrayList<>());
            children.add(new ArrayList<>());
            descentParents.add(new ArrayList<>());
        }
        for (ParentLink link : genogram.parentLinks()) {
            Integer parent = position.get(link.parent());
            Integer child = position.get(link.child());
            if (parent != null && child != null) {
                parents.get(child).add(parent);
                children.get(parent).add(child);
                if (link.kind().descent()) {
                    descentParents.get(child).add(parent);
                }
            }
        }
    }

    /** The position of {@code id}, or -1 if the genogram does not hold it. */
    public int position(PersonId id) {
        return position.getOrDefault(id, -1);
    }

    /** The number of people. */
    public int size() {
        return parents.size();
    }

    /** The parents of the person at {@code i} through links other than step links. */
    public List<Integer> descentParents(int i) {
        return descentParents.get(i);
    }

    /** The children of the person at {@code i} through any link. */
    public List<Integer> children(int i) {
        return children.get(i);
    }

    /**
     * The people on a cycle of parent-child links (their own ancestors), or between two such
     * cycles: what remains after peeling off people without parents and people without children.
     */
    public BitSet cyclic() {
        BitSet removed = new BitSet(size());
        peel(parents, children, removed);
        peel(children, parents, removed);
        BitSet cyclic = new BitSet(size());
        cyclic.set(0, size());
        cyclic.andNot(removed);
        return cyclic;
    }

    private void peel(List<List<Integer>> in, List<List<Integer>> out, BitSet removed) {
        int[] degree = new int[size()];
        Deque<Integer> free = new ArrayDeque<>();
        for (int i = 0; i < size(); i++) {
            for (int j : in.get(i)) {
                if (!removed.get(j)) {
                    degree[i]++;
                }
            }
        }
        for (int i = 0; i < size(); i++) {
            if (!removed.get(i) && degree[i] == 0) {
                free.add(i);
            }
        }
        while (!free.isEmpty()) {
            int i = free.poll();
            removed.set(i);
            for (int j : out.get(i)) {
                if (!removed.get(j) && --degree[j] == 0) {
                    free.add(j);
                }
            }
        }
    }

    /**
     * The generation row of each person, 0 for the oldest: a child sits at least one row below
     * each parent and partners share a row. People on cycles keep the row their other links give.
     */
    public int[] generations() {
        int n = size();
        int[] row = new int[n];
        BitSet cyclic = cyclic();
        int[] order = topologicalOrder(cyclic);
        List<int[]> partners = new ArrayList<>();
        for (Couple couple : genogram.couples()) {
            int a = position(couple.first());
            int b = position(couple.second());
            if (a >= 0 && b >= 0) {
                partners.add(new int[] {a, b});
            }
        }
        // Alternate pushing children below parents and partners into one row until nothing moves;
        // rows only grow and are bounded by n times the number of rounds, so a cap suffices.
        for (int round = 0; round < n + 2; round++) {
            boolean moved = false;
            for (int i : order) {
                for (int p : parents.get(i)) {
                    if (!cyclic.get(p) && row[i] < row[p] + 1) {
                        row[i] = row[p] + 1;
                        moved = true;
                    }
                }
            }
            for (int[] pair : partners) {
                int max = Math.max(row[pair[0]], row[pair[1]]);
                if (row[pair[0]] != max || row[pair[1]] != max) {
                    row[pair[0]] = max;
                    row[pair[1]] = max;
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        // Lift people with no parents in the picture towards their children, so that a grandparent
        // with no partner does not float rows above its child.
        for (int i : reverse(order)) {
            if (parents.get(i).isEmpty() && !children.get(i).isEmpty() && !hasPartner(i, partners)) {
                int lowest = Integer.MAX_VALUE;
                for (int c : children.get(i)) {
                    lowest = Math.min(lowest, row[c]);
                }
                row[i] = Math.max(row[i], lowest - 1);
            }
        }
        int min = Arrays.stream(row).min().orElse(0);
        for (int i = 0; i < n; i++) {
            row[i] -= min;
        }
        return row;
    }

    private static boolean hasPartner(int i, List<int[]> partners) {
        for (int[] pair : partners) {
            if (pair[0] == i || pair[1] == i) {
                return true;
            }
        }
        return false;
    }

    private int[] topologicalOrder(BitSet cyclic) {
        int n = size();
        int[] degree = new int[n];
        for (int i = 0; i < n; i++) {
            for (int p : parents.get(i)) {
                if (!cyclic.get(p)) {
                    degree[i]++;
                }
            }
        }
        int[] order = new int[n];
        int count = 0;
        Deque<Integer> free = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (degree[i] == 0) {
                free.add(i);
            }
        }
        BitSet done = new BitSet(n);
        while (!free.isEmpty()) {
            int i = free.poll();
            done.set(i);
            order[count++] = i;
            if (cyclic.get(i)) {
                continue;
            }
            for (int c : children.get(i)) {
                if (--degree[c] == 0) {
                    free.add(c);
                }
            }
        }
        for (int i = done.nextClearBit(0); i < n; i = done.nextClearBit(i + 1)) {
            order[count++] = i;
        }
        return order;
    }

    private static int[] reverse(int[] order) {
        int[] reversed = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            reversed[i] = order[order.length - 1 - i];
        }
        return reversed;
    }

    /** The ancestors of the person at {@code i} through descent links, nearest first, each once. */
    public List<Integer> ancestors(int i) {
        List<Integer> found = new ArrayList<>();
        BitSet seen = new BitSet(size());
        seen.set(i);
        Deque<Integer> queue = new ArrayDeque<>(descentParents.get(i));
        while (!queue.isEmpty()) {
            int p = queue.poll();
            if (!seen.get(p)) {
                seen.set(p);
                found.add(p);
                queue.addAll(descentParents.get(p));
            }
        }
        return found;
    }
}
