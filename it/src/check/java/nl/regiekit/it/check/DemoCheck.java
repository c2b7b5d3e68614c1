package nl.regiekit.it.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.CaseFileView;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.casemodel.rules.CaseRules;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.GoalSource;
import nl.regiekit.plan.GoalStatus;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.Smart;
import nl.regiekit.plan.Term;
import nl.regiekit.plan.rules.PlanRules;
import nl.regiekit.report.CaseReport;
import nl.regiekit.report.MonitorSignals;

/**
 * The check every consumer project runs, in the folder of the demo case file ({@code regiekit demo}): the README's
 * example as printed, then the demo file validated from its bytes, and a help plan built in code for its case. Each
 * wrong outcome throws, so the consumer's build fails. The one place of the {@code CaseFile} import.
 */
public final class DemoCheck {

    private static final GoalId DEBTS = GoalId.of("g-it-debts");
    private static final GoalId FAMILY_EVENING = GoalId.of("g-it-family-evening");

    private DemoCheck() {
    }

    /** Runs the check in the current folder; exits non-zero when an outcome is wrong. */
    public static void main(String[] args) throws IOException {
        System.out.println(run());
    }

    /**
     * Runs the check in the current folder.
     *
     * @return a one-line summary that the consumer's verify script looks for
     * @throws AssertionError if an outcome is wrong
     */
    public static String run() throws IOException {
        readmeExample();

        ValidationResult result = Validation.defaults().validate(Files.readAllBytes(Path.of("case-file.json")));
        List<Finding> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        check(errors.isEmpty(), "the demo case file has no errors, found " + errors);
        CaseFile file = result.document(CaseFile.class).orElseThrow(() -> new AssertionError(
            "regiekit check failed: the demo document is a case file"));
        Case subject = file.subject();
        check(subject.currentPhase().equals(Optional.of(Phase.EXECUTION)), "the demo case is in execution");
        Case closing = subject.advanceTo(Phase.CLOSING_AND_EVALUATION, LocalDate.of(2026, 7, 1));
        check(closing.currentPhase().equals(Optional.of(Phase.CLOSING_AND_EVALUATION)),
            "the README's transition leads to closing and evaluation");

        HelpPlan plan = planFor(subject);
        check(plan.caseId().equals(subject.id()), "the plan belongs to the demo case");
        check(plan.current().number() == 1, "the plan has one version");
        List<GoalId> goals = plan.current().content().goals().stream().map(Goal::id).toList();
        check(goals.equals(List.of(DEBTS, FAMILY_EVENING)), "the plan has the goals added, found " + goals);
        List<Finding> planFindings = PlanRules.defaults(Clock.systemUTC()).check(plan, subject);

        String limited = Files.readString(Path.of("report-addiction-care.html"));
        check(limited.contains("Verslavingszorg Noord") && limited.contains("Dennis Bakker"),
            "the README's report is the one limited to addiction care, naming the father");
        check(!limited.contains("Samira") && !limited.contains("<svg"),
            "the limited report names no one the consents withhold and shows no family picture");

        return "regiekit check passed: " + result.findings().size() + " findings, none an error; case "
            + subject.id().value() + " in " + subject.currentPhase().orElseThrow() + "; plan "
            + plan.id().value() + " with goals " + goals.stream().map(GoalId::value).toList() + " ("
            + planFindings.size() + " plan findings); run " + (Validation.class.getModule().isNamed()
                ? "on the module path, json as module " + Validation.class.getModule().getName() : "on the class path");
    }

    /** A first plan for the demo case with two goals: the parents' debts and a family evening for the system. */
    private static HelpPlan planFor(Case subject) {
        List<PersonId> parents = subject.family().members().stream().limit(2).map(m -> m.id()).toList();
        ProfessionalId author = subject.team().caseManager().orElseThrow().id();
        LocalDate date = LocalDate.of(2026, 2, 2);
        Goal debts = new Goal(DEBTS, "Schulden onder controle", Term.LONG_TERM, parents,
            List.of(LifeDomainCode.of("financial-situation")), GoalSource.FAMILY, Optional.empty(),
            Smart.of("Een schuldregeling loopt", "Maandelijkse aflossing", "Inkomen is stabiel",
                "Ontruiming wordt voorkomen", LocalDate.of(2026, 12, 1)),
            GoalStatus.OPEN, Optional.empty(), Optional.empty());
        Goal evening = new Goal(FAMILY_EVENING, "Wekelijkse gezinsavond", Term.SHORT_TERM, List.of(),
            List.of(LifeDomainCode.of("children")), GoalSource.FAMILY, Optional.empty(),
            Smart.of("Elke week een gezinsavond", "Vier avonden per maand", "Iedereen wil meedoen",
                "Meer rust thuis", LocalDate.of(2026, 5, 1)),
            GoalStatus.IN_PROGRESS, Optional.empty(), Optional.empty());
        return HelpPlan.draft(HelpPlanId.of("plan-it"), subject.id(), date, author,
            PlanContent.EMPTY.withGoal(debts).withGoal(evening));
    }

    /** The README's example, line for line between the markers; the classpath consumer's verify script compares. */
    @SuppressWarnings("unused")
    private static void readmeExample() throws IOException {
        // README example begins
        RegiekitConfig config = RegiekitConfig.discover();      // policy, catalogues, own rules: once
        Validation validation = Validation.builder().config(config).build();   // build once, share: thread-safe
        ValidationResult result = validation.validate(Path.of("case-file.json"));
        for (Finding finding : result.findings()) {              // never throws on bad input
            System.out.println(finding.severity() + " " + finding.code() + " " + finding.pointer()
                + " " + finding.message(Locale.ENGLISH));
        }
        if (result.document().orElse(null) instanceof CaseFile file) {
            Case subject = file.subject()                        // the demo case is in EXECUTION
                .advanceTo(Phase.CLOSING_AND_EVALUATION, LocalDate.of(2026, 7, 1));   // only allowed transitions
            List<Finding> more = CaseRules.defaults().check(subject);

            CaseReport report = CaseReport.builder()             // build once, share: thread-safe
                .config(config).signals(MonitorSignals.defaults()).build();
            CaseFileView view = CaseFileView.forOrganisation(file, OrganisationId.of("org-addiction-care"),
                LocalDate.of(2026, 4, 20), config);                 // only what its consents allow
            Files.writeString(Path.of("report-addiction-care.html"), report.write(view, result.findings()));
        }
        // README example ends
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("regiekit check failed: " + what);
        }
    }
}
