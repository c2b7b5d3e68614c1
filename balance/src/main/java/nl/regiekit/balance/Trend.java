package nl.regiekit.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Phase;

/**
 * The trend of the balance over a series of assessments (verloop), oldest first, with a summary
 * per phase of the case (method §4). Made by {@link BalanceScoring#trend}. Immutable and thread-safe.
 *
 * @param points one point per assessment, oldest first; never null
 */
public record Trend(List<Point> points) {

    /** @throws NullPointerException if {@code points} is null */
    public Trend {
        points = List.copyOf(points);
    }

    /** The change of the index from the first to the last assessment; {@code 0} for fewer than two. */
    public double change() {
        return points.isEmpty() ? 0.0 : points.get(points.size() - 1).index() - points.get(0).index();
    }

    /** The points per phase of the case, in the order the phases first occur; points without a phase left out. */
    public List<PhaseSummary> phases() {
        Map<Phase, List<Point>> byPhase = new LinkedHashMap<>();
        for (Point point : points) {
            point.phase().ifPresent(phase -> byPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(point));
        }
        return byPhase.entrySet().stream().map(e -> new PhaseSummary(e.getKey(), e.getValue().size(),
            e.getValue().stream().mapToDouble(Point::index).average().orElse(0.0),
            e.getValue().get(e.getValue().size() - 1).verdict())).toList();
    }

    /**
     * One assessment in the trend. Immutable and thread-safe.
     *
     * @param assessment the assessment; never null
     * @param date its date; never null
     * @param phase the case's phase on that date, if known; never null
     * @param capacity total capacity
     * @param burden total burden
     * @param index the balance index
     * @param verdict the verdict band; never null
     * @param change the index minus that of the assessment before; {@code 0} for the first
     */
    public record Point(AssessmentId assessment, LocalDate date, Optional<Phase> phase, int capacity, int burden,
                        double index, Verdict verdict, double change) {

        /** @throws NullPointerException if an argument is null */
        public Point {
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(verdict, "verdict");
        }
    }

    /**
     * The assessments made in one phase of the case. Immutable and thread-safe.
     *
     * @param phase the phase; never null
     * @param count how many assessments fall in it
     * @param meanIndex the mean balance index of those assessments
     * @param lastVerdict the verdict of the last of them; never null
     */
    public record PhaseSummary(Phase phase, int count, double meanIndex, Verdict lastVerdict) {
    }
}
