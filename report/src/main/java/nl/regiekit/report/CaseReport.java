package nl.regiekit.report;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.Balance;
import nl.regiekit.balance.BalancePolicy;
import nl.regiekit.balance.BalanceScoring;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.Suggestion;
import nl.regiekit.balance.Trend;
import nl.regiekit.balance.selfreliance.Instrument;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.balance.svg.BalanceSvg;
import nl.regiekit.balance.svg.SelfRelianceSvg;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.Household;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.PhaseChange;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.GenogramPolicy;
import nl.regiekit.genogram.GenogramQueries;
import nl.regiekit.genogram.RepeatedPattern;
import nl.regiekit.genogram.render.EcogramSvg;
import nl.regiekit.genogram.render.GenogramSvg;
import nl.regiekit.genogram.render.SociogramSvg;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.CaseFileView;
import nl.regiekit.casefile.EvaluationShown;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casefile.PlanShown;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.GoalScore;
import nl.regiekit.plan.EndTermScore;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.Recurrence;
import nl.regiekit.plan.Task;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.YouthPlan;
import nl.regiekit.plan.YouthPlanDomain;
import nl.regiekit.plan.monitor.Signal;
import nl.regiekit.plan.view.WhoDoesWhat;

/**
 * The case file report (casusrapport): one self-contained HTML page of a case file for a team
 * leader, a case manager at the kitchen table or an integrator. It holds the case summary and phase
 * timeline; each plan with its goals, who does what and the agreements with their state; the latest
 * evaluation; the balance picture and trend; the genogram, sociogram and ecogram; the open signals;
 * and the findings of validation. The pictures are inlined SVG with titles, the tables have headers,
 * and a content security policy forbids every request, so the page works offline and prints on A4.
 *
 * <p>Given a {@link CaseFileView} limited to one organisation, the report shows only what the case's
 * consents let it see on the view's date. Members outside the consents are not named anywhere; parts
 * about the whole family appear only under consents that cover every member on every domain; the
 * genogram, sociogram and ecogram never appear, since they show relatives and acquaintances outside
 * the family, whom no consent in the case covers. The report reads a limited view only through its
 * public API, which gives only what may be shown, and takes its signals from the view. Where the page
 * must say something is withheld it says "some information is not shared with you", with no number
 * and no name.
 *
 * <p>The page is made in two steps: first a model with one record per section, holding only what
 * the view may show, then a writer that puts the labels and markup around it; the writer decides
 * nothing about what is shown. Every text from the case file is escaped. The same input gives the same bytes: the report's
 * date is the view's, never read from a clock. The citizen service number (BSN) is never shown.
 * Everything the report needs (catalogues, instruments, policies, signals) is given to its
 * {@link Builder}; nothing is looked up behind the caller's back. Immutable and thread-safe.
 */
public final class CaseReport {

    /** The section identifiers, in the order of the page. */
    public static final List<String> SECTIONS = List.of("summary", "plan", "evaluation", "balance", "genogram",
        "sociogram", "ecogram", "signals", "validation");

    private final ReportTexts texts;
    private final Locale locale;
    private final SignalSource signals;
    private final LifeDomainCatalogs catalogs;
    private final FactorCatalogs factors;
    private final Instruments instruments;
    private final BalancePolicy balancePolicy;
    private final GenogramPolicy genogramPolicy;

    private CaseReport(Builder builder) {
        this.texts = new ReportTexts(builder.locale);
        this.locale = texts.locale();
        OrganisationPolicy policy = builder.config.policy();
        this.signals = builder.signals == null ? new MonitorSignals(policy.monitor()) : builder.signals;
        this.catalogs = builder.config.catalogues().lifeDomains();
        this.factors = builder.config.catalogues().factors();
        this.instruments = builder.config.catalogues().instruments();
        this.balancePolicy = policy.balance();
        this.genogramPolicy = policy.genogram();
    }

    /**
     * A builder: the language is Dutch, the configuration {@link RegiekitConfig#defaults()} and the signals
     * are the configuration's policy's monitor's, unless set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The report of {@code view}: in full, or limited to the view's organisation, on the view's date,
     * with the validation {@code findings} of the case file.
     *
     * @throws NullPointerException if an argument is null
     */
    public String write(CaseFileView view, List<Finding> findings) {
        return ReportWriter.write(texts, model(view, findings));
    }

    /**
     * What the report of {@code view} shows, section by section, before any markup: the same content
     * {@link #write} writes, cut down to the view.
     *
     * @throws NullPointerException if an argument is null
     */
    ReportModel model(CaseFileView view, List<Finding> findings) {
        return new Sections(Objects.requireNonNull(view, "view"), findings).model();
    }

    /**
     * The pictures of {@code file} on {@code date} as separate SVG documents, by file name
     * ({@code balance.svg}, {@code genogram.svg}, {@code sociogram.svg}, {@code ecogram.svg}), for the
     * parts the file holds: the same drawings the full report inlines.
     *
     * @throws NullPointerException if an argument is null
     */
    public Map<String, String> pictures(CaseFile file, LocalDate date) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(date, "date");
        Map<String, String> pictures = new LinkedHashMap<>();
        for (String id : List.of("balance", "genogram", "sociogram", "ecogram")) {
            drawing(id, file, date, "").ifPresent(svg -> pictures.put(id + ".svg", svg));
        }
        return pictures;
    }

    /**
     * The picture {@code id} of {@code file} on {@code date}, if the file holds what it draws, with its
     * identifiers under {@code prefix} so that several pictures can share one page.
     */
    private Optional<String> drawing(String id, CaseFile file, LocalDate date, String prefix) {
        return switch (id) {
            case "genogram" -> file.genogram()
                .map(g -> new GenogramSvg(Year.from(date), locale).withIdPrefix(prefix).render(g));
            case "sociogram" -> file.sociogram()
                .map(s -> new SociogramSvg(genogramPolicy, locale).withIdPrefix(prefix).render(s));
            case "ecogram" -> file.ecogram().map(e -> new EcogramSvg(locale).withIdPrefix(prefix).render(e));
            case "balance" -> {
                List<Assessment> family = file.assessments().stream().filter(a -> a.member().isEmpty())
                    .sorted(Comparator.comparing(Assessment::date)).toList();
                yield family.isEmpty() ? Optional.empty()
                    : Optional.of(balanceSvg(family, d -> file.subject().phaseOn(d)));
            }
            default -> throw new IllegalArgumentException("no picture " + id);
        };
    }

    /** The balance picture of the latest of the family's {@code assessments} (oldest first) above their trend. */
    private String balanceSvg(List<Assessment> assessments, Function<LocalDate, Optional<Phase>> phases) {
        BalanceScoring scoring = scoring();
        Assessment latest = assessments.get(assessments.size() - 1);
        Trend trend = scoring.trend(assessments, phases);
        return BalanceSvg.picture(scoring.score(latest), trend, scoring.policy(), factorNames(latest), locale);
    }

    private BalanceScoring scoring() {
        return new BalanceScoring(balancePolicy, factors);
    }

    private Function<FactorId, String> factorNames(Assessment assessment) {
        return id -> factors.name(assessment.catalog(), id, locale);
    }

    /** Builds a {@link CaseReport}; not thread-safe. */
    public static final class Builder {
        private Locale locale = Locale.forLanguageTag("nl");
        private SignalSource signals;
        private RegiekitConfig config = RegiekitConfig.defaults();

        private Builder() {
        }

        /** The language: Dutch unless English; default Dutch. */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /**
         * Where the open signals of a full page come from; default {@code new MonitorSignals(policy.monitor())}
         * of the {@linkplain #config(RegiekitConfig) configuration}'s policy. A source reads the whole case
         * file, so a limited page shows its view's own signals ({@link CaseFileView#signals()}) instead.
         */
        public Builder signals(SignalSource value) {
            signals = Objects.requireNonNull(value, "signals");
            return this;
        }

        /**
         * The configuration: its catalogues name the life domains, factors and instruments and say which
         * domains a consent covers; its policy's balance section scores the balance, its genogram section
         * draws the sociogram, and its monitor gives the signals unless they are
         * {@linkplain #signals(SignalSource) given}; default {@link RegiekitConfig#defaults()}.
         */
        public Builder config(RegiekitConfig value) {
            config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** The report. */
        public CaseReport build() {
            return new CaseReport(this);
        }
    }

    /** The model of one report of one case file: what each section shows, cut down to the view. */
    private final class Sections {

        private final LocalDate date;
        private final List<Finding> findings;
        private final CaseFileView visible;
        private final Optional<LifeDomainCatalog> catalog;

        Sections(CaseFileView visible, List<Finding> findings) {
            this.visible = visible;
            this.date = visible.date();
            this.findings = List.copyOf(findings);
            this.catalog = catalogs.find(visible.catalog());
        }

        ReportModel model() {
            return new ReportModel(visible.caseId().value(), date, visible.organisation().map(this::organisationName),
                visible.mayShowFamily(), summary(), plans(), evaluations(), balance(),
                Stream.of("genogram", "sociogram", "ecogram").map(this::picture).toList(), signals(), validation());
        }

        // --- case summary and phase timeline

        private ReportModel.Summary summary() {
            List<ReportModel.Fact> facts = new ArrayList<>();
            facts.add(fact("case.id", visible.caseId().value()));
            facts.add(fact("case.phase", visible.phaseOn(date).map(texts::of).orElse(texts.get("none"))));
            facts.add(fact("case.model", visible.model().map(texts::of).orElse("")));
            facts.add(fact("case.referred", visible.referredOn().toString()));
            visible.referral().ifPresent(referral -> {
                referral.referrer().ifPresent(r -> facts.add(fact("case.referrer",
                    r.organisation() + " (" + texts.of(r.kind()) + ")")));
                facts.add(fact("case.signals", String.join("; ", referral.signals())));
                referral.acuteDanger().ifPresent(danger -> facts.add(fact("case.acuteDanger",
                    texts.get("case.acuteDanger.value", danger.date().toString(),
                        danger.atRisk().isEmpty() ? "-" : names(danger.atRisk())))));
            });
            facts.add(fact("case.catalog", catalog.map(c -> c.name(locale)).orElse(visible.catalog().value())));
            visible.team().caseManager().ifPresent(p -> facts.add(fact("team.caseManager", p.name())));
            visible.team().youthWorker().ifPresent(p -> facts.add(fact("team.youthWorker", p.name())));
            visible.team().buddy().ifPresent(p -> facts.add(fact("team.buddy", p.name())));
            return new ReportModel.Summary(facts, timeline(), family(), organisations(), consents(), exchanges(),
                visible.outreachRecorded() ? Optional.of(outreach()) : Optional.empty());
        }

        /** The information exchanges up to the report's date that the view shows (method §11). */
        private List<ReportModel.ExchangeRow> exchanges() {
            return visible.exchanges().stream().map(e -> new ReportModel.ExchangeRow(e.date().toString(),
                organisationName(e.organisation()), e.direction().map(texts::of).orElse("-"), names(e.about()),
                domains(e.domains()))).toList();
        }

        /** The outreach up to the report's date, cut to what the view shows. */
        private ReportModel.OutreachPart outreach() {
            List<ReportModel.AttemptRow> attempts = visible.contactAttempts().stream()
                .map(a -> new ReportModel.AttemptRow(a.date().toString(), texts.of(a.kind()), texts.of(a.outcome()),
                    a.followUpAppointment().map(LocalDate::toString).orElse("-"))).toList();
            String followUp = visible.contactAttempts().stream().flatMap(a -> a.followUpAppointment().stream())
                .findFirst().map(LocalDate::toString).orElse("-");
            List<ReportModel.InventoryRow> inventory = visible.inventory().stream()
                .map(e -> new ReportModel.InventoryRow(domain(e.domain()), e.problem(), e.description().orElse("-")))
                .toList();
            String agreed = visible.inventoryAgreed().map(LocalDate::toString).orElse("-");
            return new ReportModel.OutreachPart(attempts, followUp, practicalHelp(date), inventory, agreed);
        }

        /** The practical help the view shows, given on or before {@code until}. */
        private List<ReportModel.HelpRow> practicalHelp(LocalDate until) {
            return visible.practicalHelp().stream().filter(h -> !h.date().isAfter(until))
                .map(h -> new ReportModel.HelpRow(h.date().toString(), domain(h.domain()),
                    h.members().isEmpty() ? texts.get("consents.everyone") : names(h.members()),
                    h.organisation().map(this::organisationName).orElseGet(() -> texts.get("help.caseManager")),
                    h.action())).toList();
        }

        private List<ReportModel.PhaseSpan> timeline() {
            List<PhaseChange> phases = visible.phases();
            List<ReportModel.PhaseSpan> spans = new ArrayList<>();
            for (int i = 0; i < phases.size(); i++) {
                PhaseChange change = phases.get(i);
                Optional<LocalDate> until = i == phases.size() - 1 ? Optional.empty()
                    : Optional.of(phases.get(i + 1).since());
                spans.add(new ReportModel.PhaseSpan(texts.of(change.phase()), change.since(), until,
                    ChronoUnit.DAYS.between(change.since(), until.orElse(date))));
            }
            return spans;
        }

        private List<ReportModel.MemberRow> family() {
            return visible.members().stream()
                .map(member -> new ReportModel.MemberRow(name(member.person().name()), texts.of(member.role()),
                    member.person().ageOn(date).map(String::valueOf).orElse("-"), households(member.id()),
                    authority(member.id())))
                .toList();
        }

        /**
         * Who holds legal authority over {@code child} on the report's date: the members in the family's order,
         * or the institution that is guardian.
         */
        private String authority(PersonId child) {
            Set<PersonId> holders = visible.authorityOver(child);
            return visible.guardianOver(child).map(this::organisationName)
                .orElseGet(() -> names(visible.namedMembers().stream().filter(holders::contains).toList()));
        }

        /** The organisations whose involvement the consents cover (the view's own too, only while they do). */
        private List<ReportModel.OrganisationRow> organisations() {
            return visible.organisations().stream()
                .map(o -> new ReportModel.OrganisationRow(o.name(), o.reason(), names(o.members()),
                    domains(o.domains()), o.since().toString(), o.until().map(LocalDate::toString).orElse("-")))
                .toList();
        }

        private List<ReportModel.ConsentRow> consents() {
            List<ReportModel.ConsentRow> rows = new ArrayList<>();
            for (Consent consent : visible.consents()) {
                // The history up to the report's date: the page describes that day.
                String history = consent.changes().stream().filter(c -> !c.date().isAfter(date))
                    .map(c -> c.date() + " " + texts.of(c.status())).reduce((a, b) -> a + ", " + b).orElse("-");
                rows.add(new ReportModel.ConsentRow(organisationName(consent.organisation()),
                    visibleName(consent.givenBy()) + (consent.onBehalfOf().isEmpty() ? ""
                        : " " + texts.get("consents.onBehalfOf", names(consent.onBehalfOf()))),
                    consent.scope().about().isEmpty() ? texts.get("consents.everyone") : names(consent.scope().about()),
                    consent.scope().domains().isEmpty() ? texts.get("consents.allDomains")
                        : domains(consent.scope().domains()),
                    texts.of(consent.basis()) + consent.form().map(f -> " (" + texts.of(f) + ")").orElse(""),
                    consent.statusOn(date).map(texts::of).orElse("-"), history));
            }
            return rows;
        }

        private String households(PersonId member) {
            return visible.households().stream().filter(h -> h.members().contains(member))
                .map(Household::id).map(Identifier::value).reduce((a, b) -> a + ", " + b).orElse("-");
        }

        // --- the plan

        private List<ReportModel.PlanPart> plans() {
            return visible.plans().stream().map(shown -> new ReportModel.PlanPart(shown.plan().value(), inForce(shown)))
                .toList();
        }

        private ReportModel.PlanInForce inForce(PlanShown shown) {
            Optional<ReportModel.PlanWhole> whole = shown.whole().map(content -> new ReportModel.PlanWhole(
                content.history(), content.core().strengths(), content.core().obstacles(), content.core().problems(),
                content.closingQuestion()));
            return new ReportModel.PlanInForce(shown.version(), shown.written(), texts.of(shown.reason()), whole,
                situation(shown.situation()), goals(shown.goals()), whoDoesWhat(shown),
                trajectories(shown.trajectories()), agreements(shown.agreements()), roles(shown.roles()),
                youthPlans(shown.youthPlans()));
        }

        private List<ReportModel.SituationRow> situation(List<DomainSituation> situation) {
            return situation.stream().map(s -> new ReportModel.SituationRow(domain(s.domain()),
                s.description().orElse("-"), s.problem(), s.reasonNoAction().orElse("-"))).toList();
        }

        private List<ReportModel.GoalRow> goals(List<Goal> goals) {
            return goals.stream().map(g -> new ReportModel.GoalRow(g.title(), g.id().value(), texts.of(g.term()),
                g.isForSystem() ? texts.get("goal.system") : names(g.members()), domains(g.domains()),
                texts.of(g.status()), g.responsible().map(this::responsible).orElse("-"),
                g.smart().targetDate().map(LocalDate::toString).orElse("-"))).toList();
        }

        private ReportModel.WhoDoesWhatTable whoDoesWhat(PlanShown shown) {
            WhoDoesWhat matrix = WhoDoesWhat.of(shown.goals(), shown.trajectories(), visible.practicalHelp(),
                visible.namedMembers());
            if (matrix.cells().isEmpty()) {
                return new ReportModel.WhoDoesWhatTable(List.of(), List.of());
            }
            List<ReportModel.WhoRow> rows = new ArrayList<>();
            for (PersonId member : matrix.members()) {
                rows.add(new ReportModel.WhoRow(visibleName(member), matrix.domains().stream()
                    .map(domain -> matrix.cell(member, domain).map(c -> c.entries().stream()
                        .map(e -> organisationName(e.organisation())
                            + e.trajectory().map(t -> " (" + t.value() + e.status().map(s -> ", " + texts.of(s))
                                .orElse("") + ")").orElse("")
                            + (e.goals().isEmpty() ? "" : " " + e.goals().stream().map(GoalId::value)
                                .collect(Collectors.joining(", ", "[", "]")))
                            + (e.practicalHelp().isEmpty() ? "" : " " + texts.get("whoDoesWhat.help",
                                e.practicalHelp().stream().map(LocalDate::toString).collect(Collectors.joining(", ")))))
                        .collect(Collectors.joining("; "))).orElse("-"))
                    .toList()));
            }
            return new ReportModel.WhoDoesWhatTable(matrix.domains().stream().map(this::domain).toList(), rows);
        }

        private List<ReportModel.TrajectoryRow> trajectories(List<Trajectory> trajectories) {
            return trajectories.stream().map(t -> new ReportModel.TrajectoryRow(t.id().value(), visibleName(t.member()),
                domain(t.domain()), organisationName(t.provider()), texts.of(t.status()),
                t.start().map(LocalDate::toString).orElse("-"), t.waitingSince().map(LocalDate::toString).orElse("-"),
                t.goals().stream().map(GoalId::value).collect(Collectors.joining(", ")))).toList();
        }

        private List<ReportModel.AgreementRow> agreements(List<Agreement> agreements) {
            return agreements.stream().map(a -> new ReportModel.AgreementRow(a.id().value(),
                a.who().map(this::responsible).orElse("-"), a.what().orElse("-"),
                when(a.due(), a.recurs()), texts.of(a.source()), a.made().toString(),
                a.overdueOn(date) ? texts.get("agreement.overdue", texts.of(a.status())) : texts.of(a.status()),
                a.overdueOn(date))).toList();
        }

        private List<ReportModel.TaskRow> roles(List<Task> roles) {
            return roles.stream().map(t -> new ReportModel.TaskRow(responsible(t.who()), t.what(),
                when(t.when(), t.recurs()))).toList();
        }

        /**
         * When an agreement or task is due: its date, how it recurs, both (a recurring one is settled as a whole
         * by its date), or "-".
         */
        private String when(Optional<LocalDate> due, Optional<Recurrence> recurs) {
            List<String> parts = new ArrayList<>();
            recurs.map(texts::recurrence).ifPresent(parts::add);
            due.map(d -> recurs.isPresent() ? texts.get("recurs.due", d.toString()) : d.toString()).ifPresent(parts::add);
            return parts.isEmpty() ? "-" : String.join("; ", parts);
        }

        private List<ReportModel.YouthPlanPart> youthPlans(List<YouthPlan> youthPlans) {
            return youthPlans.stream().map(youth -> new ReportModel.YouthPlanPart(visibleName(youth.youngPerson()),
                professional(youth.youthWorker().value()), youth.date(), youth.domains().stream()
                    .map((YouthPlanDomain d) -> new ReportModel.YouthDomainRow(domain(d.domain()),
                        d.situation().orElse("-"), d.goals().isEmpty() ? "-" : String.join("; ", d.goals()),
                        d.familyGoals().isEmpty() ? "-" : d.familyGoals().stream().map(GoalId::value)
                            .collect(Collectors.joining(", "))))
                    .toList()))
                .toList();
        }

        // --- the latest evaluation

        private List<ReportModel.EvaluationPart> evaluations() {
            List<ReportModel.EvaluationPart> parts = new ArrayList<>();
            for (PlanShown plan : visible.plans()) {
                List<EvaluationShown> evaluations = plan.evaluations();
                if (evaluations.isEmpty()) {
                    continue;
                }
                EvaluationShown shown = evaluations.get(evaluations.size() - 1);
                Evaluation latest = shown.evaluation();
                boolean first = evaluations.size() == 1;
                parts.add(new ReportModel.EvaluationPart(texts.of(latest.kind()), latest.date(), plan.plan().value(),
                    latest.planVersion(), latest.scores().stream().map((GoalScore score) -> new ReportModel.ScoreRow(
                        shown.goal(score.goal()).map(Goal::title).orElse(score.goal().value()),
                        score.goal().value(), texts.of(score.attainment()),
                        String.valueOf(score.attainment().score()))).toList(),
                    latest.endTerms().stream().map((EndTermScore s) -> new ReportModel.EndTermRow(texts.of(s.term()),
                        texts.of(s.result()))).toList(), first ? practicalHelp(latest.date()) : List.of()));
            }
            return parts;
        }

        // --- the balance model

        private ReportModel.BalancePart balance() {
            if (!visible.mayShowFamily()) {
                return new ReportModel.BalancePart(Optional.empty(), List.of());
            }
            return new ReportModel.BalancePart(scale(), selfReliance());
        }

        private Optional<ReportModel.Scale> scale() {
            List<Assessment> family = visible.familyAssessments();
            if (family.isEmpty()) {
                return Optional.empty();
            }
            BalanceScoring scoring = scoring();
            Assessment latest = family.get(family.size() - 1);
            Balance score = scoring.score(latest);
            Function<FactorId, String> names = factorNames(latest);
            List<ReportModel.BalanceRow> history = family.stream().map(assessment -> {
                Balance b = scoring.score(assessment);
                return new ReportModel.BalanceRow(assessment.date().toString(),
                    visible.phaseOn(assessment.date()).map(texts::of).orElse("-"), String.valueOf(b.capacity()),
                    String.valueOf(b.burden()), String.format(locale, "%+.2f", b.index()), b.verdict().label(locale));
            }).toList();
            List<ReportModel.RouteRow> routes = score.suggestions().stream().map((Suggestion s) ->
                new ReportModel.RouteRow(s.route().number() + ". " + s.route().label(locale),
                    s.drivers().stream().map(names).collect(Collectors.joining(", ")))).toList();
            return Optional.of(new ReportModel.Scale(balanceSvg(family, visible::phaseOn),
                latest.date(), score.verdict().label(locale), history, routes));
        }

        /** The self-reliance scores per instrument: each subject's level per domain over time. */
        private List<ReportModel.SelfRelianceTable> selfReliance() {
            List<ReportModel.SelfRelianceTable> tables = new ArrayList<>();
            for (SelfRelianceHistory history : visible.selfReliance()) {
                Optional<Instrument> instrument = instruments.find(history.instrument());
                List<ReportModel.LevelRow> rows = new ArrayList<>();
                for (Optional<PersonId> member : history.subjects()) {
                    for (LifeDomain domain : instrument.map(Instrument::domains).orElse(List.of())) {
                        List<SelfRelianceHistory.Point> series = history.series(member, domain.code()).stream()
                            .filter(p -> !p.date().isAfter(date)).toList();
                        if (!series.isEmpty()) {
                            rows.add(new ReportModel.LevelRow(member.map(this::visibleName)
                                .orElse(texts.get("goal.system")), domain.name(locale), series.stream()
                                .map(p -> p.date() + ": " + p.level() + instrument.flatMap(i -> i.level(p.level())
                                    .map(l -> " " + i.levelName(l, locale))).orElse(""))
                                .collect(Collectors.joining(" \u2192 "))));
                        }
                    }
                }
                Optional<String> chart = instrument.map(i -> SelfRelianceSvg.chart(history, i, member -> member
                    .map(this::visibleName).orElse(texts.get("goal.system")), date, locale));
                tables.add(new ReportModel.SelfRelianceTable(instrument.map(i -> i.name(locale))
                    .orElse(history.instrument().value()), chart, rows));
            }
            return tables;
        }

        // --- genogram, sociogram, ecogram

        /** A picture, in a full report only: the pictures show people whom no consent covers. */
        private ReportModel.PicturePart picture(String id) {
            return visible.whole().map(file -> new ReportModel.PicturePart(id, drawing(id, file, date, id + "-"),
                    file.genogram().filter(g -> "genogram".equals(id)).map(this::reading)))
                .orElseGet(() -> new ReportModel.PicturePart(id, Optional.empty(), Optional.empty()));
        }

        /** What the genogram shows, in words: patterns across generations, support pillars and cut-offs. */
        private ReportModel.Reading reading(Genogram genogram) {
            GenogramQueries queries = new GenogramQueries(genogram);
            Function<List<PersonId>, String> people = ids -> ids.isEmpty() ? texts.get("none") : ids.stream()
                .map(p -> genogram.person(p).map(r -> name(r.name())).orElse(p.value()))
                .collect(Collectors.joining(", "));
            return new ReportModel.Reading(queries.repeatedPatterns().stream().map((RepeatedPattern pattern) ->
                    new ReportModel.Pattern(texts.of(pattern.label()), pattern.generations(),
                        people.apply(pattern.carriers()))).toList(),
                genogram.index().map(index -> new ReportModel.IndexPerson(people.apply(List.of(index)),
                    people.apply(queries.supportPillars()), people.apply(queries.cutOffs()))));
        }

        // --- open signals

        private ReportModel.SignalsPart signals() {
            // The full page takes the signals of its own source; a limited one those its view may show.
            List<Signal> open = visible.whole().map(file -> signals.open(file, date)).orElseGet(visible::signals);
            return new ReportModel.SignalsPart(open.stream()
                .map((Signal s) -> new ReportModel.SignalRow(texts.of(s.severity()), s.code(), s.due().toString(),
                    s.subject().value(), s.message(locale)))
                .toList());
        }

        // --- validation

        /** The counts of the findings and the findings themselves, in a full report only. */
        private Optional<ReportModel.ValidationPart> validation() {
            if (!visible.isFull()) {
                return Optional.empty();
            }
            List<ReportModel.FindingRow> rows = findings.stream()
                .map(f -> new ReportModel.FindingRow(texts.of(f.severity()), f.code(),
                    f.pointer().isEmpty() ? "/" : f.pointer(), f.subject().map(Identifier::value).orElse("-"), f.message(locale),
                    f.severity() == Severity.ERROR))
                .toList();
            return Optional.of(new ReportModel.ValidationPart(count(Severity.ERROR), count(Severity.WARNING),
                count(Severity.INFO), rows));
        }

        private long count(Severity severity) {
            return findings.stream().filter(f -> f.severity() == severity).count();
        }

        // --- names

        private ReportModel.Fact fact(String key, String value) {
            return new ReportModel.Fact(texts.get(key), value);
        }

        private String name(PersonName name) {
            return name.given() + " " + name.prefix().map(p -> p + " ").orElse("") + name.family();
        }

        /**
         * The member's name if it may be shown, else a dash, as for nobody: a limited page holds no
         * trace of whom it leaves out.
         */
        private String visibleName(PersonId member) {
            if (!visible.mayName(member)) {
                return texts.get("withheld.member");
            }
            return visible.members().stream().filter(m -> m.id().equals(member)).findFirst()
                .map(m -> name(m.person().name())).orElse(member.value());
        }

        /** The names of the members that may be shown; the others are left out without a mark. */
        private String names(List<PersonId> members) {
            List<String> shown = members.stream().filter(visible::mayName).map(this::visibleName).toList();
            return shown.isEmpty() ? "-" : String.join(", ", shown);
        }

        private String domain(LifeDomainCode code) {
            return catalog.flatMap(c -> c.domain(code)).map(d -> d.name(locale)).orElse(code.value());
        }

        private String domains(List<LifeDomainCode> codes) {
            return codes.isEmpty() ? texts.get("consents.allDomains")
                : codes.stream().map(this::domain).collect(Collectors.joining(", "));
        }

        private String organisationName(OrganisationId id) {
            return visible.organisationName(id);
        }

        private String responsible(Responsible who) {
            return who.organisation().map(this::organisationName)
                .or(() -> who.member().map(this::visibleName))
                .orElseGet(() -> professional(who.professional().orElseThrow().value()));
        }

        private String professional(String id) {
            return Stream.of(visible.team().caseManager(), visible.team().youthWorker(), visible.team().buddy())
                .flatMap(Optional::stream).filter(p -> p.id().value().equals(id)).map(Professional::name)
                .findFirst().orElse(id);
        }
    }
}
