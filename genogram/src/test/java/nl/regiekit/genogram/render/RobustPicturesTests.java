package nl.regiekit.genogram.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.Couple;
import nl.regiekit.genogram.CoupleStatus;
import nl.regiekit.genogram.EmotionalKind;
import nl.regiekit.genogram.EmotionalTie;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.GenogramQueries;
import nl.regiekit.genogram.GenogramRules;
import nl.regiekit.genogram.ParentKind;
import nl.regiekit.genogram.ParentLink;
import nl.regiekit.genogram.Relative;
import nl.regiekit.genogram.SampleGenograms;
import nl.regiekit.genogram.Twins;

/**
 * Genograms with random extra links (cycles, links to unknown people, partners across generations,
 * twins who are not siblings) are what a genogram in progress can look like: the checks, queries,
 * layout, SVG and DOT take them without throwing, and symbols still never overlap.
 */
class RobustPicturesTests {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void randomLinksNeverBreakThePictures(long seed) {
        Random random = new Random(seed);
        Genogram base = SampleGenograms.generated(seed, 40 + random.nextInt(40));
        List<Relative> people = base.people();
        List<Couple> couples = new ArrayList<>(base.couples());
        List<ParentLink> links = new ArrayList<>(base.parentLinks());
        List<Twins> twins = new ArrayList<>();
        List<EmotionalTie> ties = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            PersonId a = pick(people, random);
            PersonId b = random.nextInt(8) == 0 ? PersonId.of("unknown-" + i) : pick(people, random);
            switch (random.nextInt(4)) {
                case 0 -> links.add(ParentLink.of(a, b, ParentKind.values()[random.nextInt(4)]));
                case 1 -> {
                    if (!a.equals(b)) {
                        couples.add(Couple.of(a, b, CoupleStatus.values()[random.nextInt(6)], 1990));
                    }
                }
                case 2 -> {
                    if (!a.equals(b)) {
                        twins.add(new Twins(a, b, random.nextBoolean()));
                    }
                }
                default -> {
                    if (!a.equals(b)) {
                        ties.add(EmotionalTie.of(a, b, EmotionalKind.values()[random.nextInt(10)]));
                    }
                }
            }
        }
        Genogram messy = new Genogram(people, couples, links, twins, ties, base.index());

        assertThat(new GenogramRules(nl.regiekit.genogram.GenogramPolicy.DEFAULTS).check(messy)).isNotNull();
        assertThat(new GenogramQueries(messy).generations()).hasSize(people.size());
        GenogramLayout layout = GenogramLayout.of(messy);
        assertThat(new GenogramSvg(Year.of(2026), Locale.ENGLISH).render(messy, layout)).endsWith("</svg>\n");
        assertThat(GenogramDot.export(messy)).endsWith("}\n").doesNotContain("unknown-");
        List<GenogramLayout.Placement> placed = layout.placements();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(Math.abs(placed.get(i).x() - placed.get(j).x()) >= GenogramLayout.SYMBOL
                    || placed.get(i).row() != placed.get(j).row()).isTrue();
            }
        }
    }

    private static PersonId pick(List<Relative> people, Random random) {
        return people.get(random.nextInt(people.size())).id();
    }
}
