package nl.regiekit.plan.meeting;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.internal.Require;

/**
 * The agenda of a family council (agenda van het familieberaad, method §10): the rules stated for
 * the family, the order of turns (children first for those who want), the fixed parts of each turn,
 * and the four questions for each point. Made by {@link FamilyCouncils#agenda}. Immutable and
 * thread-safe.
 *
 * @param id the meeting; never null
 * @param caseId the case; never null
 * @param date the date planned; never null
 * @param rules the rules, in order; never null
 * @param turns the members in the order of their turns; never null
 * @param turnParts the fixed parts of each turn, in order; never null
 * @param questions the questions for each point, in order; never null
 */
public record FamilyCouncilAgenda(@NotNull MeetingId id, @NotNull CaseId caseId, @NotNull LocalDate date,
                                  List<@NotNull CouncilRule> rules, List<@NotNull PersonId> turns,
                                  List<@NotNull TurnPart> turnParts, List<@NotNull PointQuestion> questions) {

    /**
     * @throws NullPointerException if a required argument or a list element is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if a member has two turns
     */
    public FamilyCouncilAgenda {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(date, "date");
        rules = Require.list(rules);
        turns = Require.list(turns);
        turnParts = Require.list(turnParts);
        questions = Require.list(questions);
        Require.uniqueKeys(turns, t -> t, "turns");
    }
}
