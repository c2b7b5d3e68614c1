package nl.regiekit.genogram.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.Couple;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.ParentLink;
import nl.regiekit.genogram.SampleGenograms;
import nl.regiekit.genogram.render.GenogramLayout.Placement;

class GenogramLayoutTests {

    static Stream<Genogram> families() {
        return Stream.of(SampleGenograms.threeGenerations(), SampleGenograms.adoptionAndFoster(),
            SampleGenograms.generated(7, 60), SampleGenograms.generated(42, 1000));
    }

    @ParameterizedTest
    @MethodSource("families")
    void noTwoSymbolsOverlap(Genogram genogram) {
        List<Placement> placements = GenogramLayout.of(genogram).placements();
        assertThat(placements).hasSize(genogram.people().size());
        for (int i = 0; i < placements.size(); i++) {
            for (int j = i + 1; j < placements.size(); j++) {
                Placement a = placements.get(i);
                Placement b = placements.get(j);
                boolean apart = Math.abs(a.x() - b.x()) >= GenogramLayout.SYMBOL + 10
                    || Math.abs(a.y() - b.y()) >= GenogramLayout.SYMBOL + 10;
                assertThat(apart).as("%s and %s", a.id(), b.id()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("families")
    void everyChildSitsBelowItsParentsAndPartnersShareARow(Genogram genogram) {
        GenogramLayout layout = GenogramLayout.of(genogram);
        for (ParentLink link : genogram.parentLinks()) {
            assertThat(layout.placement(link.child()).orElseThrow().y())
                .isGreaterThan(layout.placement(link.parent()).orElseThrow().y());
        }
        for (Couple couple : genogram.couples()) {
            assertThat(layout.placement(couple.first()).orElseThrow().row())
                .isEqualTo(layout.placement(couple.second()).orElseThrow().row());
        }
    }

    @Test
    void partnersStandSideBySideAndFullSiblingsInBirthOrder() {
        Genogram g = SampleGenograms.threeGenerations();
        GenogramLayout layout = GenogramLayout.of(g);
        List<PersonId> parents = layout.rows().get(1);
        for (Couple couple : g.couples()) {
            List<PersonId> row = layout.rows().get(layout.placement(couple.first()).orElseThrow().row());
            assertThat(Math.abs(row.indexOf(couple.first()) - row.indexOf(couple.second()))).isEqualTo(1);
        }
        assertThat(parents).hasSize(5);
        assertThat(x(layout, "g-daan")).isLessThan(x(layout, "g-noor"));
    }

    @Test
    void halfSiblingsHangUnderTheirOwnCoupleWithoutCrossing() {
        GenogramLayout layout = GenogramLayout.of(SampleGenograms.threeGenerations());
        double markAndSamira = (x(layout, "g-mark") + x(layout, "g-samira")) / 2;
        double samiraAndKees = (x(layout, "g-samira") + x(layout, "g-kees")) / 2;
        double markAndEva = (x(layout, "g-mark") + x(layout, "g-eva")) / 2;
        // Couples left to right give their children left to right.
        List<Double> couples = Stream.of(markAndEva, markAndSamira, samiraAndKees).sorted().toList();
        Map<Double, Double> childOf = Map.of(markAndEva, x(layout, "g-finn"), markAndSamira, x(layout, "g-noor"),
            samiraAndKees, x(layout, "g-lina"));
        assertThat(childOf.get(couples.get(0))).isLessThan(childOf.get(couples.get(1)));
        assertThat(childOf.get(couples.get(1))).isLessThan(childOf.get(couples.get(2)));
    }

    /**
     * Each child's line, from the middle of its parents to the child, does not cross another
     * family's line in the same gap between rows: the fixture families have no tangles.
     */
    @ParameterizedTest
    @MethodSource("families")
    void descentLinesOfDifferentFamiliesDoNotCross(Genogram g) {
        GenogramLayout layout = GenogramLayout.of(g);
        Map<PersonId, List<PersonId>> parents = new java.util.LinkedHashMap<>();
        g.parentLinks().stream().filter(l -> l.kind().descent())
            .forEach(l -> parents.computeIfAbsent(l.child(), c -> new java.util.ArrayList<>()).add(l.parent()));
        List<double[]> lines = new java.util.ArrayList<>();
        parents.forEach((child, of) -> lines.add(new double[] {
            of.stream().mapToDouble(p -> layout.placement(p).orElseThrow().x()).average().orElseThrow(),
            layout.placement(child).orElseThrow().x(), layout.placement(child).orElseThrow().row()}));
        List<String> crossings = new java.util.ArrayList<>();
        for (double[] a : lines) {
            for (double[] b : lines) {
                boolean sameGap = a[2] == b[2];
                boolean otherFamily = Math.abs(a[0] - b[0]) > 1;
                if (sameGap && otherFamily && (a[0] - b[0]) * (a[1] - b[1]) < 0) {
                    crossings.add(java.util.Arrays.toString(a) + " x " + java.util.Arrays.toString(b));
                }
            }
        }
        assertThat(lines).isNotEmpty();
        assertThat(crossings).isEmpty();
    }

    @Test
    void theGeneratorGivesExactlyTheSizeAskedFor() {
        for (int size : new int[] {1, 2, 3, 60, 1000}) {
            for (long seed = 0; seed < 50; seed++) {
                assertThat(SampleGenograms.generated(seed, size).people()).hasSize(size);
            }
        }
    }

    @Test
    void theSameGenogramGivesTheSameLayout() {
        assertThat(GenogramLayout.of(SampleGenograms.generated(42, 1000)).placements())
            .isEqualTo(GenogramLayout.of(SampleGenograms.generated(42, 1000)).placements());
    }

    @Test
    void aCycleDoesNotStopTheLayout() {
        Genogram g = SampleGenograms.threeGenerations().withChild(SampleGenograms.generated(1, 2).people().get(0).id(),
            nl.regiekit.genogram.ParentKind.BIOLOGICAL, PersonId.of("g-noor"))
            .withChild(PersonId.of("g-henk"), nl.regiekit.genogram.ParentKind.ADOPTED, PersonId.of("g-noor"));
        assertThat(GenogramLayout.of(g).placements()).hasSize(g.people().size());
    }

    private static double x(GenogramLayout layout, String id) {
        return layout.placement(PersonId.of(id)).orElseThrow().x();
    }
}
