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
import java.util.function.IntPredicate;
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
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.Household;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
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
import nl.regiekit.casefile.PlanShown;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.GoalScore;
import nl.regiekit.plan.EndTermScore;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.PlanVersion;
import nl.regiekit.plan.Responsible;
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
 * the family, whom no consent in the case covers. Each left-out section says why.
 *
 * <p>Every text from the case file is escaped. The same input gives the same bytes: the report's
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
        this.signals = Objects.requireNonNull(builder.signals, "signals");
        this.catalogs = Objects.requireNonNull(builder.catalogs, "catalogs");
        this.factors = Objects.requireNonNull(builder.factors, "factors");
        this.instruments = Objects.requireNonNull(builder.instruments, "instruments");
        this.balancePolicy = builder.balancePolicy;
        this.genogramPolicy = builder.genogramPolicy;
    }

    /**
     * A builder. The life-domain catalogues, factor catalogues, self-reliance instruments and the source
     * of signals must be given; the language is Dutch and the policies are the method's defaults unless
     * set.
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
        return new Page(Objects.requireNonNull(view, "view"), findings).render();
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
                List<Assessment> family = familyAssessments(file);
                if (family.isEmpty()) {
                    yield Optional.empty();
                }
                BalanceScoring scoring = scoring();
                Assessment latest = family.get(family.size() - 1);
                Trend trend = scoring.trend(family, d -> file.subject().phaseOn(d));
                yield Optional.of(BalanceSvg.picture(scoring.score(latest), trend, scoring.policy(),
                    factorNames(latest), locale));
            }
            default -> throw new IllegalArgumentException("no picture " + id);
        };
    }

    /** The assessments of the family as a whole, oldest first. */
    private static List<Assessment> familyAssessments(CaseFile file) {
        return file.assessments().stream().filter(a -> a.member().isEmpty())
            .sorted(Comparator.comparing(Assessment::date)).toList();
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
        private LifeDomainCatalogs catalogs;
        private FactorCatalogs factors;
        private Instruments instruments;
        private BalancePolicy balancePolicy = BalancePolicy.DEFAULTS;
        private GenogramPolicy genogramPolicy = GenogramPolicy.DEFAULTS;

        private Builder() {
        }

        /** The language: Dutch unless English; default Dutch. */
        public Builder locale(Locale value) {
            locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** Where the open signals come from, such as {@code new MonitorSignals(Monitor.defaults())}. */
        public Builder signals(SignalSource value) {
            signals = Objects.requireNonNull(value, "signals");
            return this;
        }

        /** The life-domain catalogues, to name domains and read consents per domain. */
        public Builder catalogs(LifeDomainCatalogs value) {
            catalogs = Objects.requireNonNull(value, "catalogs");
            return this;
        }

        /** The balance-model factor catalogues, to name factors. */
        public Builder factors(FactorCatalogs value) {
            factors = Objects.requireNonNull(value, "factors");
            return this;
        }

        /** The self-reliance instruments, to name their domains and levels. */
        public Builder instruments(Instruments value) {
            instruments = Objects.requireNonNull(value, "instruments");
            return this;
        }

        /** The balance policy the balance section scores with; default {@link BalancePolicy#DEFAULTS}. */
        public Builder balancePolicy(BalancePolicy value) {
            balancePolicy = Objects.requireNonNull(value, "balancePolicy");
            return this;
        }

        /** The genogram policy the sociogram is drawn with; default {@link GenogramPolicy#DEFAULTS}. */
        public Builder genogramPolicy(GenogramPolicy value) {
            genogramPolicy = Objects.requireNonNull(value, "genogramPolicy");
            return this;
        }

        /**
         * The report.
         *
         * @throws NullPointerException if the catalogues, factors, instruments or signals were not given
         */
        public CaseReport build() {
            return new CaseReport(this);
        }
    }

    /** One rendering of one case file. */
    private final class Page {

        private final CaseFile file;
        private final Case subject;
        private final LocalDate date;
        private final List<Finding> findings;
        private final CaseFileView visible;
        private final Optional<LifeDomainCatalog> catalog;
        private final Html html = new Html();

        Page(CaseFileView visible, List<Finding> findings) {
            this.visible = visible;
            this.file = visible.file();
            this.subject = file.subject();
            this.date = visible.date();
            this.findings = List.copyOf(findings);
            this.catalog = catalogs.find(subject.catalog());
        }

        String render() {
            String title = texts.get("title", subject.id().value());
            html.doctype().open("html").attr("lang", locale.getLanguage()).newline().open("head").newline()
                .open("meta").attr("charset", "utf-8").end("meta")
                .open("meta").attr("http-equiv", "Content-Security-Policy")
                .attr("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:").end("meta")
                .open("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1")
                .end("meta")
                .open("meta").attr("name", "generator").attr("content", "regiekit report").end("meta")
                .element("title", title)
                .open("style").newline().css(ReportStyle.CSS).end("style").end("head")
                .open("body").newline().open("header").newline()
                .element("h1", title)
                .element("p", "lead", texts.get("lead", date.toString()));
            visible.organisation().ifPresent(org -> html.element("p", "limited",
                texts.get("limited.lead", organisationName(org), date.toString())));
            html.open("nav").attr("aria-label", texts.get("contents")).newline().open("ol").newline();
            for (String id : SECTIONS) {
                html.open("li").open("a").attr("href", "#" + id).text(texts.get("section." + id)).close("a")
                    .end("li");
            }
            html.end("ol").end("nav").end("header").open("main").newline();
            summary();
            plans();
            evaluation();
            balance();
            pictures();
            signalsSection();
            validation();
            html.end("main").open("footer").newline().element("p", texts.get("footer", date.toString()))
                .end("footer").end("body").end("html");
            return html.toString();
        }

        // --- case summary and phase timeline

        private void summary() {
            html.section("summary", texts.get("section.summary"));
            List<String[]> facts = new ArrayList<>();
            facts.add(pair("case.id", subject.id().value()));
            facts.add(pair("case.phase", subject.phaseOn(date).map(texts::of).orElse(texts.get("none"))));
            facts.add(pair("case.model", subject.model().map(texts::of).orElse("")));
            facts.add(pair("case.referred", subject.referral().date().toString()));
            if (visible.mayShowFamily()) {
                subject.referral().referrer().ifPresent(r -> facts.add(pair("case.referrer",
                    r.organisation() + " (" + texts.of(r.kind()) + ")")));
                facts.add(pair("case.signals", String.join("; ", subject.referral().signals())));
            }
            facts.add(pair("case.catalog", catalog.map(c -> "en".equals(locale.getLanguage()) ? c.nameEn()
                : c.nameNl()).orElse(subject.catalog().value())));
            subject.team().caseManager().ifPresent(p -> facts.add(pair("team.caseManager", p.name())));
            subject.team().youthWorker().ifPresent(p -> facts.add(pair("team.youthWorker", p.name())));
            subject.team().buddy().ifPresent(p -> facts.add(pair("team.buddy", p.name())));
            html.definitions(facts);
            timeline();
            family();
            organisations();
            consents();
            html.endSection();
        }

        private void timeline() {
            html.element("h3", texts.get("timeline"));
            List<PhaseChange> phases = subject.phases().stream().filter(p -> !p.since().isAfter(date)).toList();
            html.open("ol", "timeline").newline();
            for (int i = 0; i < phases.size(); i++) {
                PhaseChange change = phases.get(i);
                boolean current = i == phases.size() - 1;
                LocalDate end = current ? date : phases.get(i + 1).since();
                (current ? html.open("li", "current") : html.open("li"))
                    .element("strong", texts.of(change.phase()))
                    .element("span", texts.get("timeline.span", change.since().toString(),
                        current ? texts.get("timeline.now") : end.toString(),
                        ChronoUnit.DAYS.between(change.since(), end)))
                    .end("li");
            }
            html.end("ol");
            if (phases.isEmpty()) {
                html.element("p", texts.get("timeline.none"));
            }
        }

        private void family() {
            html.element("h3", texts.get("family"));
            List<List<String>> rows = new ArrayList<>();
            for (FamilyMember member : subject.family().members()) {
                if (!visible.mayName(member.id())) {
                    continue;
                }
                rows.add(List.of(name(member.person().name()), texts.of(member.role()),
                    member.person().ageOn(date).map(String::valueOf).orElse("-"),
                    visible.mayShowFamily() ? households(member.id()) : "-"));
            }
            table(texts.get("family.caption"), List.of(texts.get("family.name"), texts.get("family.role"),
                texts.get("family.age"), texts.get("family.household")), rows);
            limitedNote("family.limited");
        }

        private void organisations() {
            html.element("h3", texts.get("organisations"));
            List<List<String>> rows = new ArrayList<>();
            for (InvolvedOrganisation organisation : subject.organisations()) {
                boolean own = visible.organisation().filter(organisation.id()::equals).isPresent();
                if (!own && !visible.mayShow(organisation.members(), organisation.domains())) {
                    continue;
                }
                rows.add(List.of(organisation.name(), organisation.reason(), names(organisation.members()),
                    domains(organisation.domains()), organisation.since().toString(),
                    organisation.until().map(LocalDate::toString).orElse("-")));
            }
            table(texts.get("organisations.caption"), List.of(texts.get("organisations.name"),
                texts.get("organisations.reason"), texts.get("organisations.members"), texts.get("domains"),
                texts.get("organisations.since"), texts.get("organisations.until")), rows);
            limitedNote("organisations.limited");
        }

        private void consents() {
            html.element("h3", texts.get("consents"));
            List<List<String>> rows = new ArrayList<>();
            for (Consent consent : subject.consents()) {
                if (!visible.isFull() && (visible.organisation().filter(consent.organisation()::equals).isEmpty()
                    || !consent.scope().about().stream().allMatch(visible::mayName))) {
                    // A consent about someone the view may not name would say that person exists.
                    continue;
                }
                // The history up to the report's date: the page describes that day.
                String history = consent.changes().stream().filter(c -> !c.date().isAfter(date))
                    .map(c -> c.date() + " " + texts.of(c.status())).reduce((a, b) -> a + ", " + b).orElse("-");
                rows.add(List.of(organisationName(consent.organisation()), visibleName(consent.givenBy()),
                    consent.scope().about().isEmpty() ? texts.get("consents.everyone") : names(consent.scope().about()),
                    consent.scope().domains().isEmpty() ? texts.get("consents.allDomains")
                        : domains(consent.scope().domains()),
                    texts.of(consent.basis()),
                    consent.statusOn(date).map(texts::of).orElse("-"), history));
            }
            table(texts.get("consents.caption"), List.of(texts.get("consents.organisation"),
                texts.get("consents.givenBy"), texts.get("consents.about"), texts.get("domains"),
                texts.get("consents.basis"), texts.get("consents.status"), texts.get("consents.history")), rows);
            if (!visible.isFull()) {
                html.element("p", "note", texts.get("consents.own"));
            }
        }

        private String households(PersonId member) {
            return subject.family().households().stream().filter(h -> h.members().contains(member))
                .map(Household::id).map(Identifier::value).reduce((a, b) -> a + ", " + b).orElse("-");
        }

        // --- the plan

        private void plans() {
            html.section("plan", texts.get("section.plan"));
            if (file.plans().isEmpty()) {
                html.element("p", texts.get("plan.none"));
            }
            for (HelpPlan plan : file.plans()) {
                if (plan.versionOn(date).isEmpty()) {
                    html.element("p", texts.get("plan.notYet", plan.id().value(), plan.first().date().toString()));
                    continue;
                }
                PlanVersion version = plan.versionOn(date).orElseThrow();
                PlanShown shown = visible.plan(plan);
                html.element("h3", texts.get("plan.heading", plan.id().value(), version.number(),
                    version.date().toString(), texts.of(version.reason())));
                shown.whole().ifPresentOrElse(whole -> {
                    whole.history().ifPresent(h -> html.element("p", h));
                    bullets("plan.strengths", whole.core().strengths());
                    bullets("plan.obstacles", whole.core().obstacles());
                    bullets("plan.problems", whole.core().problems());
                }, () -> html.element("p", "note", texts.get("plan.limited")));
                situation(shown.situation());
                goals(shown.goals());
                whoDoesWhat(shown);
                trajectories(shown.trajectories());
                agreements(shown.agreements());
                roles(shown.roles());
                youthPlans(shown.youthPlans());
                shown.whole().flatMap(PlanContent::closingQuestion)
                    .ifPresent(q -> html.element("p", texts.get("plan.closing", q)));
            }
            html.endSection();
        }

        private void bullets(String key, List<String> items) {
            if (!items.isEmpty()) {
                html.element("h4", texts.get(key)).open("ul").newline();
                items.forEach(item -> html.element("li", item));
                html.end("ul");
            }
        }

        private void situation(List<DomainSituation> situation) {
            List<List<String>> rows = situation.stream().map(s -> List.of(domain(s.domain()),
                s.description().orElse("-"), texts.get(s.problem() ? "yes" : "no"),
                s.reasonNoAction().orElse("-"))).toList();
            table(texts.get("situation.caption"), List.of(texts.get("domain"), texts.get("situation.description"),
                texts.get("situation.problem"), texts.get("situation.reasonNoAction")), rows);
        }

        private void goals(List<Goal> goals) {
            List<List<String>> rows = goals.stream().map(g -> List.of(g.title(), g.id().value(), texts.of(g.term()),
                g.isForSystem() ? texts.get("goal.system") : names(g.members()), domains(g.domains()),
                texts.of(g.status()), g.responsible().map(this::responsible).orElse("-"),
                g.smart().targetDate().map(LocalDate::toString).orElse("-"))).toList();
            table(texts.get("goals.caption"), List.of(texts.get("goal.title"), texts.get("id"),
                texts.get("goal.term"), texts.get("goal.for"), texts.get("domains"), texts.get("status"),
                texts.get("goal.responsible"), texts.get("goal.target")), rows);
        }

        private void whoDoesWhat(PlanShown shown) {
            WhoDoesWhat matrix = WhoDoesWhat.of(shown.goals(), shown.trajectories(), visible.namedMembers());
            html.element("h4", texts.get("whoDoesWhat"));
            if (matrix.cells().isEmpty()) {
                html.element("p", texts.get("whoDoesWhat.none"));
                return;
            }
            List<String> headers = new ArrayList<>();
            headers.add(texts.get("whoDoesWhat.corner"));
            matrix.domains().forEach(d -> headers.add(domain(d)));
            List<List<String>> rows = new ArrayList<>();
            for (PersonId member : matrix.members()) {
                List<String> row = new ArrayList<>();
                row.add(visibleName(member));
                for (LifeDomainCode domain : matrix.domains()) {
                    row.add(matrix.cell(member, domain).map(c -> c.entries().stream()
                        .map(e -> organisationName(e.organisation())
                            + e.trajectory().map(t -> " (" + t.value() + e.status().map(s -> ", " + texts.of(s))
                                .orElse("") + ")").orElse("")
                            + (e.goals().isEmpty() ? "" : " " + e.goals().stream().map(GoalId::value)
                                .collect(Collectors.joining(", ", "[", "]"))))
                        .collect(Collectors.joining("; "))).orElse("-"));
                }
                rows.add(row);
            }
            table(texts.get("whoDoesWhat.caption"), headers, rows);
        }

        private void trajectories(List<Trajectory> trajectories) {
            List<List<String>> rows = trajectories.stream().map(t -> List.of(t.id().value(), visibleName(t.member()),
                domain(t.domain()), organisationName(t.provider()), texts.of(t.status()),
                t.start().map(LocalDate::toString).orElse("-"),
                t.waitingSince().map(LocalDate::toString).orElse("-"),
                t.goals().stream().map(GoalId::value).collect(Collectors.joining(", ")))).toList();
            table(texts.get("trajectories.caption"), List.of(texts.get("id"), texts.get("trajectory.member"),
                texts.get("domain"), texts.get("trajectory.provider"), texts.get("status"),
                texts.get("trajectory.start"), texts.get("trajectory.waitingSince"), texts.get("trajectory.goals")),
                rows);
        }

        private void agreements(List<Agreement> agreements) {
            List<List<String>> rows = agreements.stream().map(a -> List.of(
                a.id().value(), a.who().map(this::responsible).orElse("-"),
                a.what().orElse("-"), a.due().map(LocalDate::toString).orElse("-"), texts.of(a.source()),
                a.made().toString(), a.overdueOn(date) ? texts.get("agreement.overdue", texts.of(a.status()))
                    : texts.of(a.status()))).toList();
            table(texts.get("agreements.caption"), List.of(texts.get("id"), texts.get("agreement.who"),
                texts.get("agreement.what"), texts.get("agreement.due"), texts.get("agreement.source"),
                texts.get("agreement.made"), texts.get("status")), rows, i -> agreements.get(i).overdueOn(date));
        }

        private void roles(List<Task> roles) {
            List<List<String>> rows = roles.stream().map(t -> List.of(responsible(t.who()), t.what(),
                t.when().map(LocalDate::toString).orElse("-"))).toList();
            table(texts.get("roles.caption"), List.of(texts.get("role.who"), texts.get("role.what"),
                texts.get("role.when")), rows);
        }

        private void youthPlans(List<YouthPlan> youthPlans) {
            for (YouthPlan youth : youthPlans) {
                html.element("h4", texts.get("youthPlan.heading", visibleName(youth.youngPerson()),
                    professional(youth.youthWorker().value()), youth.date().toString()));
                table(texts.get("youthPlan.caption"), List.of(texts.get("domain"), texts.get("youthPlan.situation"),
                    texts.get("youthPlan.goals"), texts.get("youthPlan.familyGoals")),
                    youth.domains().stream().map((YouthPlanDomain d) -> List.of(domain(d.domain()),
                        d.situation().orElse("-"), d.goals().isEmpty() ? "-" : String.join("; ", d.goals()),
                        d.familyGoals().isEmpty() ? "-" : d.familyGoals().stream().map(GoalId::value)
                            .collect(Collectors.joining(", ")))).toList());
            }
        }

        // --- the latest evaluation

        private void evaluation() {
            html.section("evaluation", texts.get("section.evaluation"));
            boolean any = false;
            for (HelpPlan plan : file.plans()) {
                List<Evaluation> evaluations = visible.plan(plan).evaluations().stream().filter(e -> !e.date().isAfter(date)).toList();
                if (evaluations.isEmpty()) {
                    continue;
                }
                any = true;
                Evaluation latest = evaluations.get(evaluations.size() - 1);
                PlanContent evaluated = plan.version(latest.planVersion()).content();
                html.element("h3", texts.get("evaluation.heading", texts.of(latest.kind()), latest.date().toString(),
                    plan.id().value(), latest.planVersion()));
                List<List<String>> rows = new ArrayList<>();
                for (GoalScore score : latest.scores()) {
                    rows.add(List.of(evaluated.goal(score.goal()).map(Goal::title).orElse(score.goal().value()),
                        score.goal().value(), texts.of(score.attainment()), String.valueOf(score.attainment().score())));
                }
                table(texts.get("evaluation.caption"), List.of(texts.get("goal.title"), texts.get("id"),
                    texts.get("evaluation.attainment"), texts.get("evaluation.score")), rows);
                if (!latest.endTerms().isEmpty()) {
                    table(texts.get("endTerms.caption"), List.of(texts.get("endTerm"), texts.get("endTerm.result")),
                        latest.endTerms().stream().map((EndTermScore s) -> List.of(texts.of(s.term()),
                            texts.of(s.result()))).toList());
                }
            }
            if (!any) {
                html.element("p", texts.get("evaluation.none"));
            }
            html.endSection();
        }

        // --- the balance model

        private void balance() {
            html.section("balance", texts.get("section.balance"));
            if (!visible.mayShowFamily()) {
                html.element("p", "note", texts.get("withheld.family"));
            } else {
                scale();
                selfReliance();
            }
            html.endSection();
        }

        private void scale() {
            List<Assessment> family = familyAssessments(file);
            if (family.isEmpty()) {
                html.element("p", texts.get("balance.none"));
                return;
            }
            BalanceScoring scoring = scoring();
            Assessment latest = family.get(family.size() - 1);
            Balance score = scoring.score(latest);
            Function<FactorId, String> names = factorNames(latest);
            figure("balance", drawing("balance", file, date, "balance-").orElseThrow(),
                texts.get("balance.caption", latest.date().toString(), score.verdict().label(locale)));
            List<List<String>> rows = new ArrayList<>();
            for (Assessment assessment : family) {
                Balance b = scoring.score(assessment);
                rows.add(List.of(assessment.date().toString(), subject.phaseOn(assessment.date()).map(texts::of)
                    .orElse("-"), String.valueOf(b.capacity()), String.valueOf(b.burden()),
                    String.format(locale, "%+.2f", b.index()), b.verdict().label(locale)));
            }
            table(texts.get("balance.table"), List.of(texts.get("balance.date"), texts.get("balance.phase"),
                texts.get("balance.capacity"), texts.get("balance.burden"), texts.get("balance.index"),
                texts.get("balance.verdict")), rows);
            List<Suggestion> suggestions = score.suggestions();
            if (!suggestions.isEmpty()) {
                table(texts.get("balance.routes"), List.of(texts.get("balance.route"), texts.get("balance.drivers")),
                    suggestions.stream().map(s -> List.of(s.route().number() + ". " + s.route().label(locale),
                        s.drivers().stream().map(names).collect(Collectors.joining(", ")))).toList());
            }
        }

        /** The self-reliance scores per instrument: each subject's level per domain over time. */
        private void selfReliance() {
            for (SelfRelianceHistory history : file.selfReliance()) {
                Optional<Instrument> instrument = instruments.find(history.instrument());
                List<List<String>> rows = new ArrayList<>();
                for (Optional<PersonId> member : history.subjects()) {
                    for (LifeDomain domain : instrument.map(Instrument::domains).orElse(List.of())) {
                        List<SelfRelianceHistory.Point> series = history.series(member, domain.code()).stream()
                            .filter(p -> !p.date().isAfter(date)).toList();
                        if (!series.isEmpty()) {
                            rows.add(List.of(member.map(this::visibleName).orElse(texts.get("goal.system")),
                                domain.name(locale), series.stream().map(p -> p.date() + ": " + p.level()
                                    + instrument.flatMap(i -> i.level(p.level())).map(l -> " " + l.name(locale))
                                        .orElse("")).collect(Collectors.joining(" \u2192 "))));
                        }
                    }
                }
                String name = instrument.map(i -> "en".equals(locale.getLanguage()) ? i.nameEn() : i.nameNl())
                    .orElse(history.instrument().value());
                table(texts.get("selfReliance.caption", name), List.of(texts.get("selfReliance.subject"),
                    texts.get("domain"), texts.get("selfReliance.levels")), rows);
            }
        }

        // --- genogram, sociogram, ecogram

        private void pictures() {
            for (String id : List.of("genogram", "sociogram", "ecogram")) {
                picture(id, drawing(id, file, date, id + "-"));
            }
        }

        private void picture(String id, Optional<String> svg) {
            html.section(id, texts.get("section." + id));
            if (!visible.isFull()) {
                html.element("p", "note", texts.get("withheld.graph"));
            } else if (svg.isEmpty()) {
                html.element("p", texts.get("graph.none"));
            } else {
                figure(id, svg.get(), texts.get(id + ".caption"));
                file.genogram().filter(g -> "genogram".equals(id)).ifPresent(this::genogramReading);
            }
            html.endSection();
        }

        /** What the genogram shows, in words: patterns across generations, support pillars and cut-offs. */
        private void genogramReading(Genogram genogram) {
            GenogramQueries queries = new GenogramQueries(genogram);
            Function<List<PersonId>, String> people = ids -> ids.isEmpty() ? texts.get("none") : ids.stream()
                .map(p -> genogram.person(p).map(r -> name(r.name())).orElse(p.value()))
                .collect(Collectors.joining(", "));
            html.element("h3", texts.get("genogram.reading")).open("ul").newline();
            for (RepeatedPattern pattern : queries.repeatedPatterns()) {
                html.element("li", texts.get("genogram.pattern", texts.of(pattern.label()), pattern.generations(),
                    people.apply(pattern.carriers())));
            }
            genogram.index().ifPresent(index -> {
                String name = people.apply(List.of(index));
                html.element("li", texts.get("genogram.pillars", name, people.apply(queries.supportPillars())));
                html.element("li", texts.get("genogram.cutoffs", name, people.apply(queries.cutOffs())));
            });
            html.end("ul");
        }

        /** An SVG picture inline, drawn with its identifiers under its own prefix, and a caption. */
        private void figure(String id, String svg, String caption) {
            String body = svg.substring(svg.indexOf("<svg"))
                .replace(" xmlns=\"http://www.w3.org/2000/svg\"", "");
            // One role, first: some renderers give their picture a role of its own.
            body = body.replace(" role=\"img\"", "")
                .replaceFirst("<svg ", "<svg role=\"img\" aria-labelledby=\"" + id + "-caption\" ");
            html.open("figure", "picture").newline().embed(body.strip()).newline()
                .open("figcaption").id(id + "-caption").text(caption).end("figcaption").end("figure");
        }

        // --- open signals

        private void signalsSection() {
            html.section("signals", texts.get("section.signals"));
            html.element("p", "note", texts.get("signals.source"));
            Set<String> shown = visible.isFull() ? Set.of() : visible.shownPlanParts();
            List<Signal> open = signals.open(file, date).stream()
                .filter(s -> visible.isFull() || shown.contains(s.subject())).toList();
            if (open.isEmpty()) {
                html.element("p", texts.get("signals.none"));
            } else {
                table(texts.get("signals.caption"), List.of(texts.get("severity"), texts.get("code"),
                    texts.get("signals.due"), texts.get("signals.subject"), texts.get("message")),
                    open.stream().map(s -> List.of(texts.of(s.severity()), s.code(),
                        s.due().toString(), s.subject(),
                        s.message(locale))).toList());
            }
            if (!visible.isFull()) {
                html.element("p", "note", texts.get("signals.limited"));
            }
            html.endSection();
        }

        // --- validation

        private void validation() {
            html.section("validation", texts.get("section.validation"));
            html.element("p", texts.get("validation.counts", count(Severity.ERROR), count(Severity.WARNING),
                count(Severity.INFO)));
            if (visible.isFull()) {
                if (!findings.isEmpty()) {
                    table(texts.get("validation.caption"), List.of(texts.get("severity"), texts.get("code"),
                        texts.get("validation.pointer"), texts.get("signals.subject"), texts.get("message")),
                        findings.stream().map(f -> List.of(texts.of(f.severity()), f.code(),
                            f.pointer().isEmpty() ? "/" : f.pointer(), f.subject().orElse("-"), f.message(locale)))
                            .toList(), i -> findings.get(i).severity() == Severity.ERROR);
                }
            } else {
                html.element("p", "note", texts.get("validation.limited"));
            }
            html.endSection();
        }

        private long count(Severity severity) {
            return findings.stream().filter(f -> f.severity() == severity).count();
        }

        /** A table, or its caption with "none" when it has no rows. */
        private void table(String caption, List<String> headers, List<List<String>> rows) {
            table(caption, headers, rows, i -> false);
        }

        /** A table whose rows {@code attention} accepts are marked, or its caption with "none" when it has no rows. */
        private void table(String caption, List<String> headers, List<List<String>> rows, IntPredicate attention) {
            if (rows.isEmpty()) {
                html.open("p", "empty").open("strong").text(caption).close("strong").text(": ")
                    .text(texts.get("none")).end("p");
            } else {
                html.table(caption, headers, rows, attention);
            }
        }

        // --- names

        private String[] pair(String key, String value) {
            return new String[] {texts.get(key), value};
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
            return subject.family().member(member).map(m -> name(m.person().name())).orElse(member.value());
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
            return subject.organisation(id).map(InvolvedOrganisation::name).orElse(id.value());
        }

        private String responsible(Responsible who) {
            return who.organisation().map(this::organisationName)
                .or(() -> who.member().map(this::visibleName))
                .orElseGet(() -> professional(who.professional().orElseThrow().value()));
        }

        private String professional(String id) {
            return Stream.of(subject.team().caseManager(), subject.team().youthWorker(), subject.team().buddy())
                .flatMap(Optional::stream).filter(p -> p.id().value().equals(id)).map(Professional::name)
                .findFirst().orElse(id);
        }

        /** In a limited page, the same note whatever was left out, so that the note itself tells nothing. */
        private void limitedNote(String key) {
            if (!visible.isFull()) {
                html.element("p", "note", texts.get(key));
            }
        }
    }
}
