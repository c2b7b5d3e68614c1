package nl.regiekit.bench;

import java.io.IOException;
import java.time.Year;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.SampleGenograms;
import nl.regiekit.genogram.render.GenogramDot;
import nl.regiekit.genogram.render.GenogramSvg;
import nl.regiekit.genogram.render.PictureGeometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Genogram layout plus SVG (genogram) against Graphviz in the same run: {@link #layoutAndSvg()}
 * lays out and draws a genogram generated from a seed ({@code SampleGenograms.generated(42, people)},
 * the fixture of the genogram module's tests, or with {@code -p kind=family}
 * {@code SampleGenograms.family(42, people)}, whose ties are routed) with {@link GenogramSvg}; {@link #graphvizDot()} has
 * Graphviz {@code dot} (from the system's packages, on the {@code PATH}) lay out and draw the same
 * genogram from its {@link GenogramDot} export, as a user who wants their own layout would:
 * process start, DOT in, SVG out. Targets: 60 people under 50 ms, 1,000 under 250 ms warm, and at
 * least ten times faster than {@code dot}. JMH instantiates this class; its state is per benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenogramBenchmark {

    /** The number of people. */
    @Param({"60", "1000"})
    public int people;

    /**
     * The family: {@code generated} ({@code SampleGenograms.generated}: descent only) or
     * {@code family} ({@code SampleGenograms.family}: with households, emotional ties to route and
     * marriages joining lines).
     */
    @Param({"generated", "family"})
    public String kind;

    private Genogram genogram;
    private String dot;
    private GenogramSvg svg;

    /** Creates the state; JMH calls this. */
    public GenogramBenchmark() {
    }

    /**
     * Generates the genogram and its DOT text.
     *
     * @throws IllegalStateException if the genogram does not have the number of people asked for
     */
    @Setup
    public void setUp() {
        genogram = kind.equals("family") ? SampleGenograms.family(42, people)
            : SampleGenograms.generated(42, people);
        if (genogram.people().size() != people) {
            throw new IllegalStateException("generated " + genogram.people().size() + " people, not " + people);
        }
        svg = new GenogramSvg(Year.of(2026), Locale.forLanguageTag("nl"));
        dot = GenogramDot.export(genogram);
    }

    /** Layout and SVG by Regiekit. */
    @Benchmark
    public String layoutAndSvg() {
        return svg.render(genogram);
    }

    /**
     * Layout and SVG by Graphviz {@code dot} on the DOT export.
     *
     * @throws IOException if {@code dot} cannot be run
     * @throws IllegalStateException if {@code dot} fails
     */
    @Benchmark
    public String graphvizDot() throws IOException {
        return PictureGeometry.graphviz(dot);
    }
}
