package nl.regiekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.Balance;
import nl.regiekit.balance.BalanceScoring;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.balance.Level;
import nl.regiekit.balance.Suggestion;
import nl.regiekit.balance.Trend;
import nl.regiekit.balance.selfreliance.Instrument;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.balance.svg.BalanceSvg;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.json.BalanceAssessmentsDocument;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.Document;
import nl.regiekit.json.FactorCatalogDocument;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.json.SelfRelianceScoresDocument;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code regiekit balance FILE}: the balance model of a case file, or of a
 * {@code regiekit/balance-assessments} or {@code regiekit/self-reliance-scores} document. For each
 * subject (the family, or a member) the scoring of each assessment, its breakdown, the routes
 * suggested and the trend per phase; the self-reliance per domain over time; optionally the picture
 * as SVG. The file is validated first; a file with errors is reported like {@code validate} does.
 */
@Command(name = "balance", mixinStandardHelpOptions = true,
    description = "Score the balance model of a case file or balance document; draw it as SVG. "
        + "Exit 0 done, 1 the file has errors, 2 usage or I/O error.")
final class BalanceCommand implements Callable<Integer> {

    @ParentCommand
    Regiekit parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
        description = "A case file, a regiekit/balance-assessments or a regiekit/self-reliance-scores document.")
    Path file;

    @Option(names = "--format", defaultValue = "human", description = "human (default) or json.")
    ValidateCommand.Format format;

    @Option(names = "--svg", paramLabel = "OUT",
        description = "Write the scale of the latest assessment of the family and the trend as SVG to OUT.")
    Path svg;

    @Option(names = "--factors", paramLabel = "FILE",
        description = "An organisation's own factor catalogue (a regiekit/factor-catalog document); repeatable.")
    List<Path> factorFiles = List.of();

    @Mixin
    Output output;

    private Messages messages;
    private Locale locale;
    private RegiekitConfig config;
    private FactorCatalogs catalogs;
    private BalanceScoring scoring;

    @Mixin
    PolicyOption policy;

    @Override
    public Integer call() {
        messages = parent.messages();
        locale = messages.locale();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return Problem.reported(spec, () -> balance(out, err));
    }

    private int balance(PrintWriter out, PrintWriter err) throws Problem {
        if (svg != null) {
            List<Path> inputs = new ArrayList<>(factorFiles);
            inputs.add(file);
            output.check(messages, inputs, List.of(svg));
        }
        config = policy.config(messages, out);
        for (Path factors : factorFiles) {
            Optional<ValidationResult> read = read(factors, Validation.defaults(), err);
            if (read.isEmpty()) {
                return Regiekit.USAGE;
            }
            if (!(read.get().document().orElse(null) instanceof FactorCatalogDocument document)
                || !read.get().isValid()) {
                ValidateCommand.human(out, factors, read.get(), messages);
                err.println(messages.get("balance.factors.unusable", factors));
                return Regiekit.USAGE;
            }
            config = config.withCatalogues(config.catalogues().withFactors(document.catalog()));
        }
        catalogs = config.catalogues().factors();
        scoring = new BalanceScoring(config.policy().balance(), catalogs);
        Optional<ValidationResult> read = read(file, Validation.builder().config(config).build(), err);
        if (read.isEmpty()) {
            return Regiekit.USAGE;
        }
        ValidationResult result = read.get();
        if (!result.isValid() || result.document().isEmpty()) {
            ValidateCommand.human(out, file, result, messages);
            out.flush();
            return Regiekit.FINDINGS;
        }
        Object document = result.document().get();
        Optional<Case> subject = document instanceof CaseFile f ? Optional.of(f.subject()) : Optional.empty();
        List<Assessment> assessments = document instanceof CaseFile f ? f.assessments()
            : document instanceof BalanceAssessmentsDocument d ? d.assessments() : List.of();
        List<SelfRelianceHistory> histories = document instanceof CaseFile f ? f.selfReliance()
            : document instanceof SelfRelianceScoresDocument d ? d.selfReliance() : List.of();
        if (!(document instanceof CaseFile || document instanceof BalanceAssessmentsDocument
            || document instanceof SelfRelianceScoresDocument)) {
            err.println(messages.get("balance.wrongKind", file, ((Document) document).kind()));
            return Regiekit.USAGE;
        }
        Function<LocalDate, Optional<Phase>> phaseOn = date -> subject.flatMap(c -> c.phaseOn(date));
        Map<Optional<PersonId>, List<Assessment>> bySubject = assessments.stream()
            .collect(Collectors.groupingBy(Assessment::member, LinkedHashMap::new, Collectors.toList()));
        Optional<LifeDomainCatalog> domains = subject.flatMap(c -> config.catalogues().lifeDomains().find(c.catalog()));

        if (format == ValidateCommand.Format.json) {
            out.println(RegiekitJson.mapper().writeValueAsString(json(bySubject, histories, phaseOn)));
        } else {
            human(out, bySubject, histories, phaseOn, domains);
        }
        if (svg != null) {
            Optional<List<Assessment>> family = Optional.ofNullable(bySubject.get(Optional.<PersonId>empty()))
                .or(() -> bySubject.values().stream().findFirst());
            if (family.isEmpty()) {
                err.println(messages.get("balance.svg.nothing", file));
                return Regiekit.USAGE;
            }
            Trend trend = scoring.trend(family.get(), phaseOn);
            Assessment latest = family.get().stream().max(Comparator.comparing(Assessment::date)).orElseThrow();
            output.write(messages, svg, BalanceSvg.picture(scoring.score(latest), trend, scoring.policy(),
                id -> catalogs.name(latest.catalog(), id, locale), locale));
            (format == ValidateCommand.Format.json ? err : out).println(messages.get("balance.svg.wrote", svg));
        }
        out.flush();
        return Regiekit.OK;
    }

    /** The result of validating {@code path}, or empty after saying it cannot be read. */
    private Optional<ValidationResult> read(Path path, Validation validation, PrintWriter err) {
        try {
            return Optional.of(validation.validate(path));
        } catch (IOException e) {
            err.println(Problem.unreadable(path, e, messages).getMessage());
            return Optional.empty();
        }
    }

    private void human(PrintWriter out, Map<Optional<PersonId>, List<Assessment>> bySubject,
                       List<SelfRelianceHistory> histories, Function<LocalDate, Optional<Phase>> phaseOn,
                       Optional<LifeDomainCatalog> domains) {
        out.println(messages.get("balance.title", file));
        if (bySubject.isEmpty() && histories.isEmpty()) {
            out.println(messages.get("balance.none"));
        }
        bySubject.forEach((member, series) -> {
            out.println(member.map(m -> messages.get("balance.subject.member", m.value()))
                .orElseGet(() -> messages.get("balance.subject.family")));
            Trend trend = scoring.trend(series, phaseOn);
            for (Assessment assessment : series.stream().sorted(Comparator.comparing(Assessment::date)).toList()) {
                assessment(out, assessment, phaseOn.apply(assessment.date()), domains);
            }
            out.println(messages.get("balance.trend", trend.points().stream().map(p -> index(p.index()))
                .collect(Collectors.joining(" \u2192 ")), index(trend.change())));
            for (Trend.PhaseSummary phase : trend.phases()) {
                out.println(messages.get("balance.trend.phase", phase.phase().ordinal() + 1, phase.count(),
                    index(phase.meanIndex()), phase.lastVerdict().label(locale)));
            }
        });
        Instruments instruments = config.catalogues().instruments();
        for (SelfRelianceHistory history : histories) {
            Optional<Instrument> instrument = instruments.find(history.instrument());
            out.println(messages.get("balance.selfReliance", instrument
                .map(i -> i.name(locale))
                .orElse(history.instrument().value())));
            for (Optional<PersonId> member : history.subjects()) {
                out.println("  " + member.map(m -> messages.get("balance.subject.member", m.value()))
                    .orElseGet(() -> messages.get("balance.subject.family")));
                List<LifeDomain> scored = instrument.map(Instrument::domains).orElse(List.of());
                for (LifeDomain domain : scored) {
                    List<SelfRelianceHistory.Point> series = history.series(member, domain.code());
                    if (!series.isEmpty()) {
                        out.println(messages.get("balance.selfReliance.domain", domain.name(locale), series.stream()
                            .map(p -> p.date() + " " + p.level()).collect(Collectors.joining(" \u2192 "))));
                    }
                }
            }
        }
    }

    private void assessment(PrintWriter out, Assessment assessment, Optional<Phase> phase,
                            Optional<LifeDomainCatalog> domains) {
        Balance balance = scoring.score(assessment);
        Function<FactorId, String> names = id -> catalogs.name(assessment.catalog(), id, locale);
        out.println(messages.get("balance.assessment", assessment.date().toString(),
            phase.map(p -> messages.get("balance.phase", p.ordinal() + 1)).orElse(""), assessment.id().value(),
            balance.capacity(), balance.burden(), index(balance.index()), balance.verdict().label(locale)));
        Map<Level, Integer> levels = new LinkedHashMap<>();
        balance.levels().forEach(l -> levels.put(l.level(), l.total()));
        int tasks = balance.categories().stream()
            .filter(c -> c.category() == nl.regiekit.balance.FactorCategory.TASKS)
            .mapToInt(Balance.CategoryTotal::total).sum();
        out.println(messages.get("balance.levels", tasks, levels.get(Level.MICRO), levels.get(Level.MESO),
            levels.get(Level.MACRO)));
        if (!balance.domains().isEmpty()) {
            out.println(messages.get("balance.domains", balance.domains().stream()
                .map(d -> domainName(d.domain(), domains) + " " + d.capacity() + "/" + d.burden())
                .collect(Collectors.joining(", "))));
        }
        out.println(messages.get("balance.heaviest", weights(balance.heaviestBurdens(), names)));
        out.println(messages.get("balance.strongest", weights(balance.strongestProtections(), names)));
        for (Suggestion suggestion : balance.suggestions()) {
            out.println(messages.get("balance.route", suggestion.route().number(), suggestion.route().label(locale),
                suggestion.drivers().stream().map(names).collect(Collectors.joining(", "))));
        }
    }

    private String domainName(LifeDomainCode code, Optional<LifeDomainCatalog> domains) {
        return domains.flatMap(c -> c.domain(code)).map(d -> d.name(locale)).orElse(code.value());
    }

    private String weights(List<FactorScore> scores, Function<FactorId, String> names) {
        return scores.isEmpty() ? "-" : scores.stream().map(s -> names.apply(s.factor()) + " (" + s.weighted() + ")")
            .collect(Collectors.joining(", "));
    }

    private String index(double value) {
        return String.format(locale, "%+.2f", value);
    }

    private Map<String, Object> json(Map<Optional<PersonId>, List<Assessment>> bySubject,
                                     List<SelfRelianceHistory> histories,
                                     Function<LocalDate, Optional<Phase>> phaseOn) {
        List<Map<String, Object>> subjects = new ArrayList<>();
        bySubject.forEach((member, series) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            member.ifPresent(m -> entry.put("member", m));
            entry.put("assessments", series.stream().sorted(Comparator.comparing(Assessment::date))
                .map(scoring::score).toList());
            Trend trend = scoring.trend(series, phaseOn);
            Map<String, Object> trendJson = new LinkedHashMap<>();
            trendJson.put("points", trend.points());
            trendJson.put("change", trend.change());
            trendJson.put("phases", trend.phases());
            entry.put("trend", trendJson);
            subjects.add(entry);
        });
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("file", file.toString());
        report.put("subjects", subjects);
        report.put("selfReliance", histories);
        return report;
    }
}
