package nl.regiekit.balance.selfreliance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.PersonId;

/**
 * The self-reliance scores of a family over time with one instrument (zelfredzaamheid in de
 * tijd): its measurements, for the family or per member. Immutable and thread-safe.
 *
 * @param instrument the instrument; never null
 * @param instrumentVersion the version of the instrument used; never null or blank
 * @param measurements the measurements, in any order; never null
 */
public record SelfRelianceHistory(@NotNull InstrumentId instrument, @NotBlank @Size(max = 20) String instrumentVersion,
                                  List<@Valid SelfRelianceMeasurement> measurements) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if the version is blank
     */
    public SelfRelianceHistory {
        Objects.requireNonNull(instrument, "instrument");
        Require.nonBlank(instrumentVersion, "instrumentVersion");
        measurements = Require.list(measurements);
    }

    /** An empty history for {@code instrument}. */
    public static SelfRelianceHistory of(Instrument instrument) {
        return new SelfRelianceHistory(instrument.id(), instrument.version(), List.of());
    }

    /** This history with {@code measurement} added. */
    public SelfRelianceHistory with(SelfRelianceMeasurement measurement) {
        Objects.requireNonNull(measurement, "measurement");
        List<SelfRelianceMeasurement> all = new java.util.ArrayList<>(measurements);
        all.add(measurement);
        return new SelfRelianceHistory(instrument, instrumentVersion, all);
    }

    /**
     * The levels of one domain for one subject over time, oldest first.
     *
     * @param member the member, or empty for the family as a whole
     * @param domain the domain
     */
    public List<Point> series(Optional<PersonId> member, LifeDomainCode domain) {
        return measurements.stream().filter(m -> m.member().equals(member))
            .sorted(Comparator.comparing(SelfRelianceMeasurement::date))
            .flatMap(m -> m.levelOf(domain).map(level -> new Point(m.date(), level)).stream())
            .toList();
    }

    /** The subjects measured: empty for the family as a whole, else a member; in order of first measurement. */
    public List<Optional<PersonId>> subjects() {
        return measurements.stream().map(SelfRelianceMeasurement::member).distinct().toList();
    }

    /**
     * One level on one date. Immutable and thread-safe.
     *
     * @param date the date; never null
     * @param level the level
     */
    public record Point(LocalDate date, int level) {
    }
}
