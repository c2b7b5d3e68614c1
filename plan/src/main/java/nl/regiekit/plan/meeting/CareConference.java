package nl.regiekit.plan.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.Responsible;

/**
 * The minutes of a care conference, round table, partner meeting, case consultation or crisis meeting
 * (verslag, method §10): who was present, the decisions, the agreements with their owners, which flow
 * into the help plan with {@link AgreementSource#CARE_CONFERENCE} as their source, and the
 * distribution list, which consent limits (see {@link CareConferences#distribution}), with the members of
 * the family the minutes were sent to, which safety restrictions limit (see
 * {@link CareConferences#informed}). Immutable and thread-safe.
 *
 * <p>Invariants: agreement identifiers are unique and each agreement's source is the care conference;
 * an organisation is on the distribution list once, a member among the members informed once.
 *
 * @param id the identifier; never null
 * @param caseId the case; never null
 * @param kind the kind of meeting; never null
 * @param date the date it was held; never null
 * @param reasons why it was called; never null
 * @param present who was present; never null
 * @param decisions the decisions taken, free text; never null
 * @param agreements the agreements made; never null
 * @param distribution the organisations that receive the minutes; never null
 * @param informed the members of the family the minutes were sent to; absent in JSON when not recorded;
 *     never null
 */
public record CareConference(@NotNull MeetingId id, @NotNull CaseId caseId, @NotNull ConferenceKind kind,
                             @NotNull LocalDate date, List<@NotNull ConferenceReason> reasons,
                             List<@Valid Responsible> present, List<@NotNull @Size(max = 4000) String> decisions,
                             List<@Valid Agreement> agreements, List<@Valid Recipient> distribution,
                             List<@NotNull PersonId> informed) {

    /**
     * @throws NullPointerException if a required argument or a list element is null
     * @throws ModelViolation if an invariant is broken, with the pointer of the offending value
     */
    public CareConference {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        reasons = Require.list(reasons);
        present = Require.list(present);
        decisions = Require.list(decisions);
        agreements = Require.list(agreements);
        distribution = Require.list(distribution);
        informed = Require.list(informed);
        Require.uniqueKeys(agreements, Agreement::id, "agreements", "id");
        for (int i = 0; i < agreements.size(); i++) {
            if (agreements.get(i).source() != AgreementSource.CARE_CONFERENCE) {
                throw new ModelViolation(ModelCodes.VALUE_INVALID, "/agreements/" + i + "/source");
            }
        }
        Require.uniqueKeys(distribution, Recipient::organisation, "distribution", "organisation");
        Require.uniqueKeys(informed, member -> member, "informed");
    }

    /** Identifiers and counts only: the decisions are personal. */
    @Override
    public String toString() {
        return "CareConference[id=" + id + ", case=" + caseId + ", agreements=" + agreements.size() + "]";
    }
}
