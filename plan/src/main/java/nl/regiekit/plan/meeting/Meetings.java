package nl.regiekit.plan.meeting;

import jakarta.validation.Valid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.VersionReason;

/**
 * The meetings of a case (overleggen, method §10): its family councils and its care conferences with
 * their variants, each in date order as recorded. Immutable and thread-safe.
 *
 * <p>Invariants: meeting identifiers are unique across both lists.
 *
 * @param familyCouncils the records of the family councils; never null
 * @param careConferences the minutes of the care conferences and their variants; never null
 */
public record Meetings(List<@Valid FamilyCouncil> familyCouncils, List<@Valid CareConference> careConferences) {

    /** No meetings. */
    public static final Meetings NONE = new Meetings(List.of(), List.of());

    /**
     * @throws NullPointerException if a list element is null
     * @throws ModelViolation if a meeting identifier is used twice
     */
    public Meetings {
        familyCouncils = Require.list(familyCouncils);
        careConferences = Require.list(careConferences);
        Require.uniqueKeys(familyCouncils, FamilyCouncil::id, "familyCouncils", "id");
        Require.uniqueKeys(careConferences, CareConference::id, "careConferences", "id");
        Set<MeetingId> councils = new HashSet<>();
        familyCouncils.forEach(c -> councils.add(c.id()));
        for (int i = 0; i < careConferences.size(); i++) {
            if (councils.contains(careConferences.get(i).id())) {
                throw new ModelViolation(ModelCodes.DUPLICATE_ID, "/careConferences/" + i + "/id");
            }
        }
    }

    /** Whether there are no meetings. */
    public boolean hasNone() {
        return familyCouncils.isEmpty() && careConferences.isEmpty();
    }

    /** These meetings with one more family council. */
    public Meetings withFamilyCouncil(FamilyCouncil council) {
        return new Meetings(Require.append(familyCouncils, council), careConferences);
    }

    /** These meetings with one more care conference. */
    public Meetings withCareConference(CareConference conference) {
        return new Meetings(familyCouncils, Require.append(careConferences, conference));
    }

    /** The dates of the care conferences and their variants held on or before {@code date}, for the monitor. */
    public List<LocalDate> conferenceDates(LocalDate date) {
        return careConferences.stream().map(CareConference::date).filter(d -> !d.isAfter(date)).sorted().toList();
    }

    /** Every agreement made at a meeting held on or before {@code date}, councils first. */
    public List<Agreement> agreements(LocalDate date) {
        List<Agreement> all = new ArrayList<>();
        familyCouncils.stream().filter(c -> !c.date().isAfter(date)).forEach(c -> all.addAll(c.agreements()));
        careConferences.stream().filter(c -> !c.date().isAfter(date)).forEach(c -> all.addAll(c.agreements()));
        return List.copyOf(all);
    }

    /**
     * {@code plan} with the agreements of the meetings held on or before {@code date} that its current
     * version does not yet hold, in a new version by {@code author} on {@code date}; the plan itself
     * if there are none. The agreements keep their source (family council, care conference).
     *
     * @throws NullPointerException if an argument is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if {@code date} is before the current version
     */
    public HelpPlan intoPlan(HelpPlan plan, LocalDate date, ProfessionalId author) {
        Objects.requireNonNull(plan, "plan");
        PlanContent content = plan.current().content();
        Set<Object> known = new HashSet<>();
        content.agreements().forEach(a -> known.add(a.id()));
        boolean added = false;
        for (Agreement agreement : agreements(date)) {
            if (known.add(agreement.id())) {
                content = content.withAgreement(agreement);
                added = true;
            }
        }
        return added ? plan.revise(date, author, VersionReason.OTHER, content) : plan;
    }
}
