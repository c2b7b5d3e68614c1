package nl.regiekit.plan.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.plan.HelpPlan;

/**
 * What the {@link Monitor} reads of one case: the case, its help plans, the dates of the partner
 * meetings held in coordination of care, and the case manager's hours in the intensive period where
 * the vendor registers them. Immutable and thread-safe.
 *
 * @param subject the case; never null
 * @param plans the case's help plans; never null
 * @param partnerMeetings the dates of partner meetings and care conferences held; never null
 * @param hoursSpent the case manager's hours in the intensive period so far, if registered; never null
 */
public record MonitoredCase(Case subject, List<HelpPlan> plans, List<LocalDate> partnerMeetings,
                            Optional<Integer> hoursSpent) {

    /**
     * @throws NullPointerException if a required argument or a list element is null
     * @throws IllegalArgumentException if the hours are negative
     */
    public MonitoredCase {
        Objects.requireNonNull(subject, "subject");
        plans = Require.list(plans);
        partnerMeetings = Require.list(partnerMeetings);
        hoursSpent = Require.optional(hoursSpent);
        if (hoursSpent.filter(h -> h < 0).isPresent()) {
            throw new IllegalArgumentException("hours must not be negative");
        }
    }

    /** A case with its plans, no partner meetings and no registered hours. */
    public static MonitoredCase of(Case subject, List<HelpPlan> plans) {
        return new MonitoredCase(subject, plans, List.of(), Optional.empty());
    }

    /** This case with the dates of the partner meetings held. */
    public MonitoredCase withPartnerMeetings(List<LocalDate> dates) {
        return new MonitoredCase(subject, plans, dates, hoursSpent);
    }

    /** This case with the case manager's hours in the intensive period. */
    public MonitoredCase withHoursSpent(int hours) {
        return new MonitoredCase(subject, plans, partnerMeetings, Optional.of(hours));
    }
}
