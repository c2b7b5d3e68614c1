package nl.regiekit.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Optional;

/**
 * The regression guard of issue 19, a command rather than a timing assertion: runs
 * {@link RealDocumentsBenchmark} with the GC profiler and prints, per document, the ratios its
 * targets are stated in, the two benchmarks of each document run back to back: {@code validate} over
 * {@code bareTreeParse} of the same
 * bytes (valid, and with the late error), bytes allocated per validation over the document's size,
 * and the ratio on the largest document over the ratio on the demo file. With the machine's load
 * average before and after, since on a shared machine the times (not the allocations) move with it.
 * Compare the figures of a change with those of its parent commit run the same way, or with
 * {@code bench/RESULTS.md}.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar nl.regiekit.bench.RealDocumentsRatios [JMH options]};
 * JMH options such as {@code -wi 5 -i 3 -p document=demo} pass through.
 */
public final class RealDocumentsRatios {

    private RealDocumentsRatios() {
    }

    /**
     * Runs the benchmark and prints the ratios.
     *
     * @param args JMH command-line options
     * @throws RunnerException if JMH fails
     * @throws CommandLineOptionException if an option is not JMH's
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions options = new CommandLineOptions(args);
        double loadBefore = load();
        // One JMH run per document and variant, so that the validation and its baseline run back to back:
        // JMH would otherwise run every baseline first, and on a shared machine the load moves in between.
        List<RunResult> results = new ArrayList<>();
        for (String document : values(options, "document")) {
            for (String variant : values(options, "variant")) {
                results.addAll(new Runner(new OptionsBuilder().parent(options)
                    .include(RealDocumentsBenchmark.class.getName() + "\\.")
                    .param("document", document).param("variant", variant)
                    .addProfiler(GCProfiler.class).build()).run());
            }
        }
        double loadAfter = load();

        Map<String, double[]> figures = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (RunResult run : results) {
            String document = run.getParams().getParam("document");
            String variant = run.getParams().getParam("variant");
            String key = document + " " + variant;
            if (!figures.containsKey(key)) {
                order.add(key);
            }
            double[] f = figures.computeIfAbsent(key, k -> new double[4]);
            Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
            boolean validate = run.getParams().getBenchmark().endsWith(".validate");
            f[validate ? 0 : 1] = run.getPrimaryResult().getScore();
            f[validate ? 2 : 3] = allocation == null ? Double.NaN : allocation.getScore();
        }

        System.out.printf(Locale.ROOT, "%nload average %.2f before, %.2f after (2 cores shared: times move with it, "
            + "allocations do not)%n%n", loadBefore, loadAfter);
        System.out.printf(Locale.ROOT, "%-18s %10s %12s %12s %8s %8s %12s %8s%n", "document", "bytes",
            "readTree us", "validate us", "ratio", "target", "alloc B/B", "target");
        Map<String, Double> ratios = new HashMap<>();
        for (String key : order) {
            double[] f = figures.get(key);
            String[] parts = key.split(" ");
            byte[] valid = RealDocumentsBenchmark.document(parts[0]);
            int bytes = RealDocumentsBenchmark.bytes(valid, parts[1]).length;
            double ratio = f[0] / f[1];
            double allocation = f[2] / bytes;
            boolean late = !parts[1].equals("valid");
            ratios.put(key, ratio);
            System.out.printf(Locale.ROOT, "%-18s %,10d %12.1f %12.1f %7.2fx %7s %11.2fx %8s%n", key, bytes, f[1], f[0],
                ratio, verdict(ratio, late ? 4 : 2), allocation, late ? "-" : verdict(allocation, 5));
        }
        Double demo = ratios.get("demo valid");
        Double largest = ratios.get("2000 valid");
        if (demo != null && largest != null) {
            System.out.printf(Locale.ROOT, "%nratio at 2 MB over ratio at 45 KB: %.2f (target at most 1.00: %s)%n",
                largest / demo, largest <= demo ? "met" : "missed");
        }
    }

    /** The values of a parameter: those given with {@code -p}, else those declared on the benchmark. */
    private static List<String> values(CommandLineOptions options, String name) {
        Optional<Collection<String>> given = options.getParameter(name);
        if (given.hasValue()) {
            return List.copyOf(given.get());
        }
        try {
            return List.of(RealDocumentsBenchmark.class.getField(name).getAnnotation(Param.class).value());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the benchmark has no parameter " + name, e);
        }
    }

    private static String verdict(double figure, double target) {
        return (figure <= target ? "met " : "miss ") + "<=" + (int) target;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
