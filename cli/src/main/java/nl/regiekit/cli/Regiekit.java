package nl.regiekit.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code regiekit} command. Exit codes: 0 valid, 1 findings of severity ERROR, 2 usage or
 * input/output error.
 */
@Command(name = "regiekit", mixinStandardHelpOptions = true, version = "regiekit 0.1.0",
    description = "Case management of multiproblem families: validate, publish schemas, run the demo, show plans, "
        + "score the balance, draw genograms, sociograms and ecograms, print meeting agendas, list signals, "
        + "write the case file report, write the default policy, run the service.")
public final class Regiekit {

    /** The subcommands, in the order of the usage message. */
    private static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, SchemaCommand.class,
        DemoCommand.class, PlanCommand.class, BalanceCommand.class, GenogramCommand.class, SociogramCommand.class,
        EcogramCommand.class, AgendaCommand.class, SignalsCommand.class, ReportCommand.class, PolicyCommand.class,
        ServeCommand.class);

    /** Exit code: valid. */
    static final int OK = 0;
    /** Exit code: findings of severity ERROR. */
    static final int FINDINGS = 1;
    /** Exit code: usage or input/output error. */
    static final int USAGE = 2;

    /** The clock whose day a command takes when it is given none. */
    private final Clock clock;

    private Regiekit(Clock clock) {
        this.clock = clock;
    }

    @Option(names = "--lang", scope = ScopeType.INHERIT, defaultValue = "nl", converter = Language.class,
        paramLabel = "LANG", description = "Language of findings, signals and reports: nl (default), en, or an ISO 639 "
            + "code such as fy whose texts a vendor's bundles on the class path give (Dutch where they have none).")
    Locale lang;

    /** Runs the command with {@code args} and exits with its code. */
    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; route it to SLF4J, which the command switches off.
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * The command line for {@code args}: with only the subcommand they name when they name one, else with
     * all of them (for the usage message, the version and the suggestions for a mistyped name). Picocli
     * builds a command's model from its annotations when the command is added; building all thirteen took
     * about half of the start-up of a short command such as {@code validate}.
     */
    static CommandLine commandLine(String... args) {
        return commandLine(Clock.systemDefaultZone(), args);
    }

    private static CommandLine commandLine(Clock clock, String... args) {
        CommandLine commandLine = new CommandLine(new Regiekit(clock));
        // The first word that names a subcommand names it: only --lang can come before it, whose value is
        // a language code of two or three letters, shorter than any subcommand's name.
        List<Class<?>> named = Arrays.stream(args).flatMap(word -> COMMANDS.stream()
            .filter(c -> c.getAnnotation(Command.class).name().equals(word))).limit(1).toList();
        (named.isEmpty() ? COMMANDS : named).forEach(commandLine::addSubcommand);
        return commandLine;
    }

    /** Runs the command, writing to {@code out} and {@code err}; returns the exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Clock.systemDefaultZone(), out, err, args);
    }

    /**
     * Runs the command with {@code clock} as the clock of the day it takes when given none (for the tests);
     * returns the exit code.
     */
    static int run(Clock clock, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine(clock, args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> USAGE);
        // Whatever a command did not foresee still ends in one line of the chosen language, exit 2,
        // never a stack trace: an input/output problem by its reason, anything else by the exception's
        // class (never its message, which may quote data).
        commandLine.setExecutionExceptionHandler((e, failed, parsed) -> {
            Messages messages = ((Regiekit) failed.getCommandSpec().root().userObject()).messages();
            failed.getErr().println(messages.get("error.unexpected", e instanceof java.io.IOException io
                ? Problem.reason(io, messages) : e.getClass().getSimpleName()));
            return USAGE;
        });
        return commandLine.execute(args);
    }

    Messages messages() {
        return new Messages(lang);
    }

    /** The day on the command line's clock: what a command given no date reads, writes or lists for. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads {@code --lang}: an ISO 639 language code of two or three letters. */
    static final class Language implements ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            if (!value.matches("[A-Za-z]{2,3}")) {
                throw new TypeConversionException("not a language code (ISO 639), such as nl, en or fy: " + value);
            }
            return Locale.forLanguageTag(value.toLowerCase(Locale.ROOT));
        }
    }
}
