package nl.regiekit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.SampleGenograms;
import nl.regiekit.genogram.render.GenogramDot;
import nl.regiekit.genogram.render.GenogramSvg;
import nl.regiekit.genogram.render.PictureGeometry;
import nl.regiekit.genogram.render.PictureGeometry.Figures;
import nl.regiekit.json.RegiekitJson;

/**
 * The genogram layout's quality beside Graphviz {@code dot}'s, with a simple timed harness: for the
 * fixture families, the demo family (read from the command line's golden case file, as
 * {@code regiekit demo} writes it) and the seeded families {@code SampleGenograms.family(seed, size)}
 * of 10 to 200 people, the geometry checker's figures of Regiekit's SVG and of {@code dot -Tsvg} on
 * the DOT export, and the median time of each (Regiekit: layout and SVG in this warm JVM; {@code dot}:
 * process start, DOT in, SVG out). Run from the repository's root:
 * {@code java -cp bench/target/benchmarks.jar nl.regiekit.bench.GenogramGeometry [CASEFILE]}.
 */
public final class GenogramGeometry {

    private static final int[] SIZES = {10, 20, 30, 40, 60, 100, 150, 200};
    private static final int SEEDS = 3;

    private GenogramGeometry() {
    }

    /**
     * Prints one line per family and the totals.
     *
     * @param args the demo case file, {@code cli/src/test/resources/golden/demo-case-file.json} if none
     * @throws IOException if the case file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path demo = Path.of(args.length > 0 ? args[0] : "cli/src/test/resources/golden/demo-case-file.json");
        Map<String, Genogram> families = new LinkedHashMap<>();
        families.put("three-generations", SampleGenograms.threeGenerations());
        families.put("adoption-and-foster", SampleGenograms.adoptionAndFoster());
        families.put("demo", RegiekitJson.mapper().readValue(Files.readAllBytes(demo), CaseFile.class).genogram()
            .orElseThrow(() -> new IllegalStateException("the demo case file has no genogram")));
        for (int size : SIZES) {
            for (int seed = 1; seed <= SEEDS; seed++) {
                families.put("seeded-" + size + "-" + seed, SampleGenograms.family(seed, size));
            }
        }
        GenogramSvg renderer = new GenogramSvg(Year.of(2026), Locale.forLanguageTag("nl"));
        System.out.println("figures: label overlaps (text/text+text/symbol), lines through labels, lines through"
            + " symbols, household crossings (overlaps+label cuts), line crossings; times median ms");
        System.out.printf("%-22s %4s | %-28s | %-28s | %7s %7s %6s%n", "family", "n", "regiekit lo lt ls hc  cross",
            "dot      lo lt ls hc  cross", "ms", "dot ms", "x");
        long crossingsUpTo200 = 0;
        long dotCrossingsUpTo200 = 0;
        double slowest = Double.MAX_VALUE;
        for (Map.Entry<String, Genogram> family : families.entrySet()) {
            Genogram genogram = family.getValue();
            String svg = renderer.render(genogram);
            String dotText = GenogramDot.export(genogram);
            String dotSvg = PictureGeometry.graphviz(dotText);
            Figures ours = PictureGeometry.of(svg);
            Figures theirs = PictureGeometry.of(dotSvg);
            double ms = median(() -> renderer.render(genogram), 200);
            double dotMs = median(() -> {
                try {
                    PictureGeometry.graphviz(dotText);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, 5);
            slowest = Math.min(slowest, dotMs / ms);
            if (family.getKey().startsWith("seeded")) {
                crossingsUpTo200 += ours.lineCrossings();
                dotCrossingsUpTo200 += theirs.lineCrossings();
            }
            System.out.printf("%-22s %4d | %-28s | %-28s | %7.3f %7.2f %6.0f%n", family.getKey(),
                genogram.people().size(), figures(ours), figures(theirs), ms, dotMs, dotMs / ms);
        }
        System.out.printf("seeded families: %d line crossings against dot's %d (ratio %.2f); Regiekit at least %.0f"
            + " times faster than dot%n", crossingsUpTo200, dotCrossingsUpTo200,
            dotCrossingsUpTo200 == 0 ? Double.NaN : (double) crossingsUpTo200 / dotCrossingsUpTo200, slowest);
    }

    private static String figures(Figures f) {
        return String.format(Locale.ROOT, "%2d+%-2d %2d %2d %2d+%-2d %5d", f.textOverlaps(), f.textSymbolOverlaps(),
            f.linesThroughLabels(), f.linesThroughSymbols(), f.householdOverlaps(), f.householdLabelCuts(),
            f.lineCrossings());
    }

    /** The median wall time of {@code runs} calls after as many warm-up calls, in milliseconds. */
    private static double median(Runnable work, int runs) {
        for (int i = 0; i < runs; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
