package nl.regiekit.plan.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.monitor.Signal;

/**
 * The agenda of a care conference, round table, partner meeting, case consultation or crisis meeting
 * (method §10), generated from the case and plan by {@link CareConferences#agenda}: the reasons, the
 * participants (the case manager in the chair, the involved organisations, the adult client system),
 * the progress per trajectory, the agreements due or broken, the signals and the decisions to take,
 * each point with the organisations that may hear it (method §11). Immutable and thread-safe.
 *
 * @param id the meeting; never null
 * @param caseId the case; never null
 * @param kind the kind of meeting; never null
 * @param date the date planned; never null
 * @param reasons why it is called; never null
 * @param participants who is invited, the chair first: no organisation that may hear nothing about the
 *     family and no member a safety restriction keeps out; never null
 * @param progress the plan's open trajectories, each with its audience; never null
 * @param agreements the agreements due or broken, each with its audience; never null
 * @param signals the signals of the case on the date, each with its audience; never null
 * @param decisions the decisions to take; never null
 */
public record CareConferenceAgenda(@NotNull MeetingId id, @NotNull CaseId caseId, @NotNull ConferenceKind kind,
                                   @NotNull LocalDate date, List<@NotNull ConferenceReason> reasons,
                                   List<@Valid Responsible> participants, List<@Valid AgendaPoint<Trajectory>> progress,
                                   List<@Valid AgendaPoint<Agreement>> agreements,
                                   List<@Valid AgendaPoint<Signal>> signals,
                                   List<@Valid DecisionPoint> decisions) {

    /** @throws NullPointerException if a required argument or a list element is null */
    public CareConferenceAgenda {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        reasons = Require.list(reasons);
        participants = Require.list(participants);
        progress = Require.list(progress);
        agreements = Require.list(agreements);
        signals = Require.list(signals);
        decisions = Require.list(decisions);
    }

    /**
     * This agenda as {@code organisation} hears it, given the members it may name
     * ({@link CareConferences#heardBy}).
     */
    CareConferenceAgenda heardBy(OrganisationId organisation, List<PersonId> named) {
        List<Responsible> seated = participants.stream()
            .filter(p -> p.member().map(named::contains).orElse(true)).toList();
        return new CareConferenceAgenda(id, caseId, kind, date, reasons, seated, heard(progress, organisation),
            heard(agreements, organisation), heard(signals, organisation),
            decisions.stream().filter(d -> d.audience().contains(organisation)).toList());
    }

    private static <T> List<AgendaPoint<T>> heard(List<AgendaPoint<T>> points, OrganisationId organisation) {
        return points.stream().filter(p -> p.audience().contains(organisation)).toList();
    }
}
