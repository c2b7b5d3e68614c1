package nl.regiekit.plan.view;

import static nl.regiekit.plan.SamplePlans.ADDICTION;
import static nl.regiekit.plan.SamplePlans.DAYTIME;
import static nl.regiekit.plan.SamplePlans.DEBT;
import static nl.regiekit.plan.SamplePlans.FATHER;
import static nl.regiekit.plan.SamplePlans.FINANCES;
import static nl.regiekit.plan.SamplePlans.MOTHER;
import static nl.regiekit.plan.SamplePlans.YOUTH;
import static nl.regiekit.plan.SamplePlans.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.SamplePlans;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.TrajectoryStatus;
import org.junit.jupiter.api.Test;

class WhoDoesWhatTests {

    private final WhoDoesWhat matrix = WhoDoesWhat.of(SamplePlans.caseInExecution(), SamplePlans.firstContent());

    @Test
    void holdsTheMembersOfTheCaseAsRowsAndTheDomainsWorkedOnAsColumns() {
        assertThat(matrix.members()).containsExactly(MOTHER, FATHER, YOUTH, SamplePlans.CHILD);
        assertThat(matrix.domains()).containsExactly(FINANCES, DAYTIME, SamplePlans.WELL_BEING, SamplePlans.HOUSING);
    }

    @Test
    void putsTheProviderAndTrajectoryInTheCell() {
        assertThat(matrix.cell(YOUTH, DAYTIME)).hasValueSatisfying(cell -> assertThat(cell.entries())
            .containsExactly(new WhoDoesWhat.Entry(YOUTH_CARE, Optional.of(TrajectoryId.of("t-school")),
                Optional.of(TrajectoryStatus.RUNNING), List.of(SamplePlans.SCHOOL), List.of())));
        assertThat(matrix.cell(FATHER, SamplePlans.WELL_BEING)).hasValueSatisfying(cell ->
            assertThat(cell.entries().get(0).text()).isEqualTo("org-addiction (t-gambling WAITING) [g-gambling]"));
        // Debt counselling is responsible for the debts goal of both parents, with a trajectory for the mother only.
        assertThat(matrix.cell(FATHER, FINANCES)).hasValueSatisfying(cell -> assertThat(cell.entries())
            .containsExactly(new WhoDoesWhat.Entry(DEBT, Optional.empty(), Optional.empty(),
                List.of(GoalId.of("g-debts")), List.of())));
        assertThat(matrix.cell(SamplePlans.CHILD, DAYTIME)).isEmpty();
    }

    @Test
    void showsForEveryOrganisationWhatItDoesForWhomOnWhichDomain() {
        assertThat(matrix.forOrganisation(ADDICTION)).extracting(WhoDoesWhat.Cell::member, WhoDoesWhat.Cell::domain)
            .containsExactly(tuple(FATHER, SamplePlans.WELL_BEING));
        assertThat(matrix.forOrganisation(DEBT)).extracting(WhoDoesWhat.Cell::member).containsExactly(MOTHER, MOTHER,
            FATHER, FATHER);
    }

    @Test
    void printsATableWithARowPerMember() {
        String text = matrix.toText("member");

        assertThat(text.lines().toList()).hasSize(5);
        assertThat(text.lines().findFirst().orElseThrow())
            .startsWith("member   | financial-situation").endsWith("| housing");
        assertThat(text).contains("p-lina   | -").contains("org-youth-care (t-school RUNNING) [g-school]");
    }

    @Test
    void addsMembersTheCaseDoesNotKnowAfterTheFamily() {
        WhoDoesWhat alone = WhoDoesWhat.of(SamplePlans.firstContent(), List.of(PersonId.of("p-other")));

        assertThat(alone.members()).containsExactly(PersonId.of("p-other"), MOTHER, YOUTH, FATHER);
    }

    @Test
    void countsPracticalHelpGivenByAnOrganisationButNotTheCaseManagerInPerson() {
        Case subject = SamplePlans.caseInExecution()
            .recordPracticalHelp(new PracticalHelp(LocalDate.of(2025, 1, 22), SamplePlans.HOUSING, List.of(),
                Optional.of(DEBT), "Energie weer aangesloten"))
            .recordPracticalHelp(new PracticalHelp(LocalDate.of(2025, 1, 23), SamplePlans.CHILDREN,
                List.of(SamplePlans.CHILD), Optional.empty(), "Bedden geregeld"));

        WhoDoesWhat withHelp = WhoDoesWhat.of(subject, SamplePlans.firstContent());

        // Help for the whole family fills every row; the case manager's own help has no organisation.
        assertThat(withHelp.cell(SamplePlans.CHILD, SamplePlans.HOUSING)).hasValueSatisfying(cell ->
            assertThat(cell.entries()).containsExactly(new WhoDoesWhat.Entry(DEBT, Optional.empty(), Optional.empty(),
                List.of(), List.of(LocalDate.of(2025, 1, 22)))));
        assertThat(withHelp.cell(MOTHER, SamplePlans.HOUSING)).hasValueSatisfying(cell ->
            assertThat(cell.entries().get(0).text()).endsWith("help [2025-01-22]"));
        assertThat(withHelp.domains()).doesNotContain(SamplePlans.CHILDREN);
        assertThat(matrix.cell(SamplePlans.CHILD, SamplePlans.HOUSING)).isEmpty();
    }
}
