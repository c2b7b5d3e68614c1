package nl.regiekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.json.HelpPlanDocument;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanComparison;
import nl.regiekit.plan.PlanVersion;
import nl.regiekit.plan.view.OrganisationPlanView;
import nl.regiekit.plan.view.WhoDoesWhat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regiekit plan}: views of help plans, read from a case file (the bundle) or a help-plan
 * document ({@code view} needs the case, so a case file). A file with errors is reported as
 * {@code validate} reports it, with exit code 1.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Show help plans: who does what, what changed between versions, what one organisation "
        + "may see.",
    subcommands = {PlanCommand.WhoDoesWhatCommand.class, PlanCommand.DiffCommand.class,
        PlanCommand.ViewCommand.class})
final class PlanCommand {

    @ParentCommand
    Regiekit parent;

    /** A file's plans, with its case when the file is a case file. */
    private record Plans(List<HelpPlan> plans, Optional<Case> subject) {
    }

    /** The plans in {@code file}, or empty after reporting why there are none; sets the exit code in {@code exit}. */
    private Optional<Plans> read(Path file, PrintWriter out, PrintWriter err, int[] exit) {
        Messages messages = parent.messages();
        Optional<Object> read = ValidateCommand.readValid(file, RegiekitConfig.discover(), messages, out, err, exit);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        Object document = read.get();
        Optional<Plans> plans = Optional.empty();
        if (document instanceof CaseFile caseFile && !caseFile.plans().isEmpty()) {
            plans = Optional.of(new Plans(caseFile.plans(), Optional.of(caseFile.subject())));
        } else if (document instanceof HelpPlanDocument planDocument) {
            plans = Optional.of(new Plans(List.of(planDocument.plan()), Optional.empty()));
        }
        if (plans.isEmpty()) {
            err.println(messages.get("plan.none", file));
            exit[0] = Regiekit.USAGE;
        }
        return plans;
    }

    /** What a subcommand shows of the plans it was given; returns the exit code. */
    private interface Show {
        int show(Plans found, Messages messages, PrintWriter out);
    }

    /** Reads the plans in {@code file} and, if there are any, shows them; returns the exit code. */
    private int show(CommandSpec spec, Path file, Show show) {
        PrintWriter out = spec.commandLine().getOut();
        int[] exit = {Regiekit.OK};
        read(file, out, spec.commandLine().getErr(), exit)
            .ifPresent(found -> exit[0] = show.show(found, parent.messages(), out));
        out.flush();
        return exit[0];
    }

    /** {@code regiekit plan who-does-what FILE}: the matrix of each plan's current version. */
    @Command(name = "who-does-what", mixinStandardHelpOptions = true,
        description = "Print who does what: members by life domains, with organisation and trajectory per cell.")
    static final class WhoDoesWhatCommand implements Callable<Integer> {

        @ParentCommand
        PlanCommand plan;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A case file or a help-plan document.")
        Path file;

        @Override
        public Integer call() {
            return plan.show(spec, file, (found, messages, out) -> {
                for (HelpPlan help : found.plans()) {
                    PlanVersion current = help.current();
                    WhoDoesWhat matrix = found.subject()
                        .map(subject -> WhoDoesWhat.of(subject, current.content()))
                        .orElseGet(() -> WhoDoesWhat.of(current.content(), List.of()));
                    out.println(messages.get("plan.matrix.header", help.id(), current.number(), current.date()));
                    out.print(matrix.toText(messages.get("plan.matrix.corner")));
                }
                return Regiekit.OK;
            });
        }
    }

    /**
     * {@code regiekit plan diff OLD NEW}: the goals added, changed, dropped and reached from the current
     * version in OLD to the current version in NEW; with one file, from its first version to its last.
     */
    @Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the goals added, changed, dropped and reached between two plan versions. "
            + "With one FILE: its first and last version.")
    static final class DiffCommand implements Callable<Integer> {

        @ParentCommand
        PlanCommand plan;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..2", paramLabel = "FILE", description = "OLD and NEW: case files or help-plan documents.")
        List<Path> files;

        @Override
        public Integer call() {
            Messages messages = plan.parent.messages();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int[] exit = {Regiekit.OK};
            Optional<Plans> older = plan.read(files.get(0), out, err, exit);
            Optional<Plans> newer = files.size() == 1 ? older : plan.read(files.get(1), out, err, exit);
            if (older.isEmpty() || newer.isEmpty()) {
                out.flush();
                return exit[0];
            }
            HelpPlan before = older.get().plans().get(0);
            HelpPlan after = newer.get().plans().get(0);
            PlanVersion from = files.size() == 1 ? before.first() : before.current();
            PlanVersion to = after.current();
            PlanComparison comparison = PlanComparison.of(from, to);
            out.println(messages.get("plan.diff.header", after.id(), from.number(), from.date(), to.number(), to.date()));
            if (comparison.isEmpty()) {
                out.println("  " + messages.get("plan.diff.none"));
            }
            line(out, messages, "plan.diff.added", comparison.added());
            line(out, messages, "plan.diff.changed", comparison.changed());
            line(out, messages, "plan.diff.dropped", comparison.dropped());
            line(out, messages, "plan.diff.reached", comparison.reached());
            out.flush();
            return exit[0];
        }

        private static void line(PrintWriter out, Messages messages, String key, List<? extends Identifier> ids) {
            if (!ids.isEmpty()) {
                out.println("  " + messages.get(key, ids.stream().map(Identifier::value)
                    .collect(Collectors.joining(", "))));
            }
        }
    }

    /**
     * {@code regiekit plan view --organisation ORG [--date DATE] FILE}: each plan of a case file as
     * that organisation may see it under the recorded consents, as JSON. Needs the case, so a case file.
     */
    @Command(name = "view", mixinStandardHelpOptions = true,
        description = "Print, as JSON, each plan of a case file as one organisation may see it under the consents.")
    static final class ViewCommand implements Callable<Integer> {

        @ParentCommand
        PlanCommand plan;

        @Spec
        CommandSpec spec;

        @Option(names = "--organisation", required = true, paramLabel = "ORG",
            description = "The organisation's identifier.")
        String organisation;

        @Option(names = "--date", paramLabel = "DATE",
            description = "The day the consents are read on, as 2026-04-30 (default: today).")
        LocalDate date;

        @Parameters(paramLabel = "FILE", description = "A case file.")
        Path file;

        @Override
        public Integer call() {
            return plan.show(spec, file, (found, messages, out) -> {
                if (found.subject().isEmpty()) {
                    spec.commandLine().getErr().println(messages.get("plan.view.needs-case", file));
                    return Regiekit.USAGE;
                }
                OrganisationId id;
                try {
                    id = Problem.organisation(organisation, "--organisation", messages);
                } catch (Problem problem) {
                    spec.commandLine().getErr().println(problem.getMessage());
                    return Regiekit.USAGE;
                }
                LocalDate on = date == null ? plan.parent.today() : date;
                // A plan first written after the date has no view; the consents are read by the policy's ages.
                ConsentPolicy policy = RegiekitConfig.discover().policy().consent();
                List<OrganisationPlanView> views = found.plans().stream()
                    .flatMap(help -> OrganisationPlanView.of(found.subject().get(), help, id, on, policy).stream())
                    .toList();
                out.println(RegiekitJson.mapper().writeValueAsString(views));
                return Regiekit.OK;
            });
        }
    }
}
