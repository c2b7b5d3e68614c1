package nl.regiekit.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.genogram.Ecogram;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.meeting.CareConference;
import nl.regiekit.plan.meeting.FamilyCouncil;
import nl.regiekit.plan.meeting.Meetings;
import nl.regiekit.plan.monitor.MonitoredCase;

/**
 * A case file (dossier): one case with its help plans, balance-model assessments, self-reliance
 * scores, genogram, sociogram, ecogram and meetings, the bundle that "one family, one plan" (method §7)
 * turns on. Every part but the case may be absent. It carries no envelope of any format: the JSON
 * adapter writes it as the {@code regiekit/case-file} document. Immutable and thread-safe.
 *
 * <p>Invariants: plan identifiers are unique, and so are assessment identifiers.
 *
 * @param subject the case (casus); never null
 * @param plans the case's help plans (method §7); absent in JSON when empty; never null
 * @param assessments the balance-model assessments of the family (method §8); never null
 * @param selfReliance the self-reliance scores, one history per instrument (method §6); never null
 * @param genogram the family's genogram, if drawn (method §9); never null
 * @param sociogram the sociogram of a member or the family, if drawn (method §9); never null
 * @param ecogram the family's ecogram, if drawn (method §9); never null
 * @param meetings the family councils and care conferences held (method §10), absent in JSON when there
 *     are none; never null
 */
public record CaseFile(@NotNull @Valid Case subject, List<@Valid HelpPlan> plans,
                       List<@Valid Assessment> assessments, List<@Valid SelfRelianceHistory> selfReliance,
                       Optional<@Valid Genogram> genogram, Optional<@Valid Sociogram> sociogram,
                       Optional<@Valid Ecogram> ecogram, Optional<@Valid Meetings> meetings) {

    /**
     * @throws NullPointerException if a required argument or an element of a list is null
     * @throws ModelViolation if a plan or an assessment identifier is used twice
     */
    public CaseFile {
        Objects.requireNonNull(subject, "subject");
        plans = plans == null ? List.of() : List.copyOf(plans);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        selfReliance = selfReliance == null ? List.of() : List.copyOf(selfReliance);
        genogram = genogram == null ? Optional.empty() : genogram;
        sociogram = sociogram == null ? Optional.empty() : sociogram;
        ecogram = ecogram == null ? Optional.empty() : ecogram;
        meetings = meetings == null ? Optional.empty() : meetings.filter(m -> !m.hasNone());
        requireUniqueIds("plans", plans, HelpPlan::id);
        requireUniqueIds("assessments", assessments, Assessment::id);
    }

    private static <T> void requireUniqueIds(String field, List<T> parts, Function<T, Object> id) {
        Set<Object> ids = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!ids.add(id.apply(parts.get(i)))) {
                throw new ModelViolation(ModelCodes.DUPLICATE_ID, Pointer.of(field, i, "id"));
            }
        }
    }

    /**
     * A case file holding {@code subject} and nothing else yet.
     *
     * @throws NullPointerException if {@code subject} is null
     */
    public static CaseFile of(Case subject) {
        return new CaseFile(subject, List.of(), List.of(),
            List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * This case file with {@code plan} added.
     *
     * @throws ModelViolation if a plan with the same identifier is there already
     */
    public CaseFile withPlan(HelpPlan plan) {
        return new CaseFile(subject, added(plans, plan), assessments, selfReliance, genogram,
            sociogram, ecogram, meetings);
    }

    /**
     * This case file with {@code assessment} added.
     *
     * @throws ModelViolation if an assessment with the same identifier is there already
     */
    public CaseFile withAssessment(Assessment assessment) {
        return new CaseFile(subject, plans, added(assessments, assessment), selfReliance,
            genogram, sociogram, ecogram, meetings);
    }

    /** This case file with {@code history} added. */
    public CaseFile withSelfReliance(SelfRelianceHistory history) {
        return new CaseFile(subject, plans, assessments, added(selfReliance, history),
            genogram, sociogram, ecogram, meetings);
    }

    /** This case file with {@code value} as its genogram, in place of any other. */
    public CaseFile withGenogram(Genogram value) {
        return new CaseFile(subject, plans, assessments, selfReliance, Optional.of(value),
            sociogram, ecogram, meetings);
    }

    /** This case file with {@code value} as its sociogram, in place of any other. */
    public CaseFile withSociogram(Sociogram value) {
        return new CaseFile(subject, plans, assessments, selfReliance, genogram,
            Optional.of(value), ecogram, meetings);
    }

    /** This case file with {@code value} as its ecogram, in place of any other. */
    public CaseFile withEcogram(Ecogram value) {
        return new CaseFile(subject, plans, assessments, selfReliance, genogram, sociogram,
            Optional.of(value), meetings);
    }

    /**
     * This case file with {@code council} added to its meetings.
     *
     * @throws ModelViolation if a meeting with the same identifier is there already
     */
    public CaseFile withFamilyCouncil(FamilyCouncil council) {
        return withMeetings(meetings.orElse(Meetings.NONE).withFamilyCouncil(council));
    }

    /**
     * This case file with {@code conference} added to its meetings.
     *
     * @throws ModelViolation if a meeting with the same identifier is there already
     */
    public CaseFile withCareConference(CareConference conference) {
        return withMeetings(meetings.orElse(Meetings.NONE).withCareConference(conference));
    }

    /** This case file with {@code value} as its meetings, in place of any others. */
    public CaseFile withMeetings(Meetings value) {
        return new CaseFile(subject, plans, assessments, selfReliance, genogram, sociogram,
            ecogram, Optional.of(value));
    }

    /**
     * The case file as the monitoring signals read it: the case, its plans, and the dates of its care
     * conferences as the partner meetings held.
     */
    public MonitoredCase monitored() {
        return MonitoredCase.of(subject, plans).withPartnerMeetings(
            meetings.map(m -> m.careConferences().stream().map(CareConference::date).toList()).orElse(List.of()));
    }

    private static <T> List<T> added(List<T> list, T part) {
        List<T> all = new ArrayList<>(list);
        all.add(Objects.requireNonNull(part, "part"));
        return all;
    }
}
