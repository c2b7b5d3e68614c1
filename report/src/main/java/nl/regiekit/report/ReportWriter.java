package nl.regiekit.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

import nl.regiekit.report.ReportModel.AgreementRow;
import nl.regiekit.report.ReportModel.BalancePart;
import nl.regiekit.report.ReportModel.EvaluationPart;
import nl.regiekit.report.ReportModel.HelpRow;
import nl.regiekit.report.ReportModel.OutreachPart;
import nl.regiekit.report.ReportModel.PhaseSpan;
import nl.regiekit.report.ReportModel.PicturePart;
import nl.regiekit.report.ReportModel.PlanInForce;
import nl.regiekit.report.ReportModel.PlanPart;
import nl.regiekit.report.ReportModel.Reading;
import nl.regiekit.report.ReportModel.Scale;
import nl.regiekit.report.ReportModel.SelfRelianceTable;
import nl.regiekit.report.ReportModel.Summary;
import nl.regiekit.report.ReportModel.WhoDoesWhatTable;
import nl.regiekit.report.ReportModel.YouthPlanPart;

/**
 * Writes a {@link ReportModel} as the report's HTML page: the labels, captions and notes in the
 * report's language around the model's values. It decides nothing about what may be shown; the model
 * holds only that. One writer writes one page; not thread-safe.
 */
final class ReportWriter {

    private final ReportTexts texts;
    private final ReportModel model;
    private final Html html = new Html();

    private ReportWriter(ReportTexts texts, ReportModel model) {
        this.texts = texts;
        this.model = model;
    }

    /** The page of {@code model}, its labels from {@code texts}. */
    static String write(ReportTexts texts, ReportModel model) {
        return new ReportWriter(texts, model).page();
    }

    private String page() {
        String date = model.date().toString();
        String title = texts.get("title", model.caseId());
        html.doctype().open("html").attr("lang", texts.locale().getLanguage()).newline().open("head").newline()
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
            .element("p", "lead", texts.get("lead", date));
        model.limitedTo().ifPresent(org -> html.element("p", "limited", texts.get("limited.lead", org, date)));
        html.open("nav").attr("aria-label", texts.get("contents")).newline().open("ol").newline();
        for (String id : CaseReport.SECTIONS) {
            html.open("li").open("a").attr("href", "#" + id).text(texts.get("section." + id)).close("a").end("li");
        }
        html.end("ol").end("nav").end("header").open("main").newline();
        summary(model.summary());
        plans();
        evaluation();
        balance(model.balance());
        model.pictures().forEach(this::picture);
        signals();
        validation();
        html.end("main").open("footer").newline().element("p", texts.get("footer", date))
            .end("footer").end("body").end("html");
        return html.toString();
    }

    // --- case summary and phase timeline

    private void summary(Summary summary) {
        html.section("summary", texts.get("section.summary"));
        html.definitions(summary.facts().stream().map(f -> new String[] {f.label(), f.value()}).toList());
        timeline(summary.timeline());
        html.element("h3", texts.get("family"));
        table("family.caption", List.of("family.name", "family.role", "family.age", "family.household",
            "family.authority"), summary.family().stream().map(m -> List.of(m.name(), m.role(), m.age(),
            m.households(), m.authority())).toList());
        limitedNote("family.limited");
        html.element("h3", texts.get("organisations"));
        table("organisations.caption", List.of("organisations.name", "organisations.reason", "organisations.members",
            "domains", "organisations.since", "organisations.until"), summary.organisations().stream()
            .map(o -> List.of(o.name(), o.reason(), o.members(), o.domains(), o.since(), o.until())).toList());
        limitedNote("organisations.limited");
        html.element("h3", texts.get("consents"));
        table("consents.caption", List.of("consents.organisation", "consents.givenBy", "consents.about", "domains",
            "consents.basis", "consents.status", "consents.history"), summary.consents().stream()
            .map(c -> List.of(c.organisation(), c.givenBy(), c.about(), c.domains(), c.basis(), c.status(),
                c.history())).toList());
        limitedNote("consents.own");
        html.element("h3", texts.get("exchanges"));
        table("exchanges.caption", List.of("exchanges.date", "exchanges.organisation", "exchanges.direction",
            "consents.about", "domains"), summary.exchanges().stream()
            .map(e -> List.of(e.date(), e.organisation(), e.direction(), e.about(), e.domains())).toList());
        limitedNote("exchanges.own");
        summary.outreach().ifPresent(this::outreach);
        html.endSection();
    }

    /** Before the plan: the contact attempts, the practical help on the spot and the problem inventory. */
    private void outreach(OutreachPart outreach) {
        html.element("h3", texts.get("outreach"));
        table("outreach.attempts.caption", List.of("outreach.date", "outreach.kind", "outreach.outcome",
            "outreach.followUp"), outreach.attempts().stream()
            .map(a -> List.of(a.date(), a.kind(), a.outcome(), a.followUp())).toList());
        html.element("p", texts.get("outreach.firstAppointment", outreach.followUp()));
        helpTable(outreach.help());
        table("outreach.inventory.caption", List.of("domain", "situation.problem", "outreach.problems"),
            outreach.inventory().stream().map(e -> List.of(e.domain(), texts.get(e.problem() ? "yes" : "no"),
                e.description())).toList());
        html.element("p", texts.get("outreach.agreed", outreach.agreed()));
        limitedNote("outreach.limited");
    }

    private void helpTable(List<HelpRow> help) {
        table("outreach.help.caption", List.of("outreach.date", "domain", "organisations.members", "outreach.who",
            "outreach.action"), help.stream().map(h -> List.of(h.date(), h.domain(), h.members(), h.who(),
            h.action())).toList());
    }

    private void timeline(List<PhaseSpan> phases) {
        html.element("h3", texts.get("timeline"));
        html.open("ol", "timeline").newline();
        for (PhaseSpan span : phases) {
            (span.until().isEmpty() ? html.open("li", "current") : html.open("li"))
                .element("strong", span.phase())
                .element("span", texts.get("timeline.span", span.since().toString(),
                    span.until().map(LocalDate::toString).orElseGet(() -> texts.get("timeline.now")), span.days()))
                .end("li");
        }
        html.end("ol");
        if (phases.isEmpty()) {
            html.element("p", texts.get("timeline.none"));
        }
    }

    // --- the plan

    private void plans() {
        html.section("plan", texts.get("section.plan"));
        if (model.plans().isEmpty()) {
            html.element("p", texts.get("plan.none"));
        }
        for (PlanPart plan : model.plans()) {
            plan(plan.id(), plan.inForce());
        }
        html.endSection();
    }

    private void plan(String id, PlanInForce plan) {
        html.element("h3", texts.get("plan.heading", id, plan.version(), plan.date().toString(), plan.reason()));
        plan.whole().ifPresentOrElse(whole -> {
            whole.history().ifPresent(h -> html.element("p", h));
            bullets("plan.strengths", whole.strengths());
            bullets("plan.obstacles", whole.obstacles());
            bullets("plan.problems", whole.problems());
        }, () -> html.element("p", "note", texts.get("plan.limited")));
        table("situation.caption", List.of("domain", "situation.description", "situation.problem",
            "situation.reasonNoAction"), plan.situation().stream().map(s -> List.of(s.domain(), s.description(),
            texts.get(s.problem() ? "yes" : "no"), s.reasonNoAction())).toList());
        table("goals.caption", List.of("goal.title", "id", "goal.term", "goal.for", "domains", "status",
            "goal.responsible", "goal.target"), plan.goals().stream().map(g -> List.of(g.title(), g.id(), g.term(),
            g.forWhom(), g.domains(), g.status(), g.responsible(), g.target())).toList());
        whoDoesWhat(plan.whoDoesWhat());
        table("trajectories.caption", List.of("id", "trajectory.member", "domain", "trajectory.provider", "status",
            "trajectory.start", "trajectory.waitingSince", "trajectory.goals"), plan.trajectories().stream()
            .map(t -> List.of(t.id(), t.member(), t.domain(), t.provider(), t.status(), t.start(), t.waitingSince(),
                t.goals())).toList());
        List<AgreementRow> agreements = plan.agreements();
        table("agreements.caption", List.of("id", "agreement.who", "agreement.what", "agreement.due",
            "agreement.source", "agreement.made", "status"), agreements.stream().map(a -> List.of(a.id(), a.who(),
            a.what(), a.due(), a.source(), a.made(), a.status())).toList(), i -> agreements.get(i).overdue());
        table("roles.caption", List.of("role.who", "role.what", "role.when"),
            plan.roles().stream().map(t -> List.of(t.who(), t.what(), t.when())).toList());
        plan.youthPlans().forEach(this::youthPlan);
        plan.whole().flatMap(ReportModel.PlanWhole::closingQuestion)
            .ifPresent(q -> html.element("p", texts.get("plan.closing", q)));
    }

    private void bullets(String key, List<String> items) {
        if (!items.isEmpty()) {
            html.element("h4", texts.get(key)).open("ul").newline();
            items.forEach(item -> html.element("li", item));
            html.end("ul");
        }
    }

    private void whoDoesWhat(WhoDoesWhatTable matrix) {
        html.element("h4", texts.get("whoDoesWhat"));
        if (matrix.rows().isEmpty()) {
            html.element("p", texts.get("whoDoesWhat.none"));
            return;
        }
        List<String> headers = new ArrayList<>();
        headers.add(texts.get("whoDoesWhat.corner"));
        headers.addAll(matrix.domains());
        List<List<String>> rows = matrix.rows().stream().map(r -> {
            List<String> row = new ArrayList<>();
            row.add(r.member());
            row.addAll(r.cells());
            return row;
        }).toList();
        html.table(texts.get("whoDoesWhat.caption"), headers, rows, i -> false, texts.get("none"));
    }

    private void youthPlan(YouthPlanPart youth) {
        html.element("h4", texts.get("youthPlan.heading", youth.youngPerson(), youth.youthWorker(),
            youth.date().toString()));
        table("youthPlan.caption", List.of("domain", "youthPlan.situation", "youthPlan.goals", "youthPlan.familyGoals"),
            youth.domains().stream().map(d -> List.of(d.domain(), d.situation(), d.goals(), d.familyGoals())).toList());
    }

    // --- the latest evaluation

    private void evaluation() {
        html.section("evaluation", texts.get("section.evaluation"));
        for (EvaluationPart latest : model.evaluations()) {
            html.element("h3", texts.get("evaluation.heading", latest.kind(), latest.date().toString(),
                latest.planId(), latest.planVersion()));
            table("evaluation.caption", List.of("goal.title", "id", "evaluation.attainment", "evaluation.score"),
                latest.scores().stream().map(s -> List.of(s.title(), s.id(), s.attainment(), s.score())).toList());
            if (!latest.endTerms().isEmpty()) {
                table("endTerms.caption", List.of("endTerm", "endTerm.result"),
                    latest.endTerms().stream().map(s -> List.of(s.term(), s.result())).toList());
            }
            if (!latest.practicalHelp().isEmpty()) {
                helpTable(latest.practicalHelp());
            }
        }
        if (model.evaluations().isEmpty()) {
            html.element("p", texts.get("evaluation.none"));
        }
        html.endSection();
    }

    // --- the balance model

    private void balance(BalancePart balance) {
        html.section("balance", texts.get("section.balance"));
        if (!model.familyShown()) {
            html.element("p", "note", texts.get("withheld.family"));
        } else {
            balance.scale().ifPresentOrElse(this::scale, () -> html.element("p", texts.get("balance.none")));
            for (int i = 0; i < balance.selfReliance().size(); i++) {
                selfReliance(balance.selfReliance().get(i), i);
            }
        }
        html.endSection();
    }

    private void scale(Scale scale) {
        figure("balance", scale.svg(), texts.get("balance.caption", scale.date().toString(), scale.verdict()));
        table("balance.table", List.of("balance.date", "balance.phase", "balance.capacity", "balance.burden",
            "balance.index", "balance.verdict"), scale.history().stream().map(b -> List.of(b.date(), b.phase(),
            b.capacity(), b.burden(), b.index(), b.verdict())).toList());
        if (!scale.routes().isEmpty()) {
            table("balance.routes", List.of("balance.route", "balance.drivers"),
                scale.routes().stream().map(r -> List.of(r.route(), r.drivers())).toList());
        }
    }

    /** The chart of an instrument's levels, then the same levels as a table, for whoever reads it aloud or copies it. */
    private void selfReliance(SelfRelianceTable instrument, int index) {
        instrument.chart().ifPresent(svg -> figure("self-reliance-" + (index + 1), svg,
            texts.get("selfReliance.caption", instrument.instrument())));
        html.table(texts.get("selfReliance.caption", instrument.instrument()), List.of(texts.get("selfReliance.subject"),
            texts.get("domain"), texts.get("selfReliance.levels")), instrument.rows().stream()
            .map(r -> List.of(r.subject(), r.domain(), r.levels())).toList(), i -> false, texts.get("none"));
    }

    // --- genogram, sociogram, ecogram

    private void picture(PicturePart picture) {
        String id = picture.id();
        html.section(id, texts.get("section." + id));
        if (model.limited()) {
            html.element("p", "note", texts.get("withheld.graph"));
        } else if (picture.svg().isEmpty()) {
            html.element("p", texts.get("graph.none"));
        } else {
            figure(id, picture.svg().get(), texts.get(id + ".caption"));
            picture.reading().ifPresent(this::reading);
        }
        html.endSection();
    }

    /** What the genogram shows, in words: patterns across generations, support pillars and cut-offs. */
    private void reading(Reading reading) {
        html.element("h3", texts.get("genogram.reading")).open("ul").newline();
        reading.patterns().forEach(p -> html.element("li", texts.get("genogram.pattern", p.label(), p.generations(),
            p.carriers())));
        reading.index().ifPresent(index -> {
            html.element("li", texts.get("genogram.pillars", index.name(), index.pillars()));
            html.element("li", texts.get("genogram.cutoffs", index.name(), index.cutOffs()));
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

    private void signals() {
        html.section("signals", texts.get("section.signals"));
        html.element("p", "note", texts.get("signals.source"));
        if (model.signals().rows().isEmpty()) {
            html.element("p", texts.get("signals.none"));
        } else {
            table("signals.caption", List.of("severity", "code", "signals.due", "signals.subject", "message"),
                model.signals().rows().stream().map(s -> List.of(s.severity(), s.code(), s.due(), s.subject(),
                    s.message())).toList());
        }
        limitedNote("signals.limited");
        html.endSection();
    }

    // --- validation

    private void validation() {
        html.section("validation", texts.get("section.validation"));
        if (model.validation().isEmpty()) {
            html.element("p", "note", texts.get("validation.limited"));
            html.endSection();
            return;
        }
        var validation = model.validation().get();
        html.element("p", texts.get("validation.counts", validation.errors(), validation.warnings(),
            validation.infos()));
        if (!validation.rows().isEmpty()) {
            var rows = validation.rows();
            table("validation.caption", List.of("severity", "code", "validation.pointer", "signals.subject", "message"),
                rows.stream().map(f -> List.of(f.severity(), f.code(), f.pointer(), f.subject(), f.message()))
                    .toList(), i -> rows.get(i).error());
        }
        html.endSection();
    }

    /** A table with its caption and headers by label key, or its caption with "none" when it has no rows. */
    private void table(String caption, List<String> headers, List<List<String>> rows) {
        table(caption, headers, rows, i -> false);
    }

    /** A table whose rows {@code attention} accepts are marked, or its caption with "none" when it has no rows. */
    private void table(String caption, List<String> headers, List<List<String>> rows, IntPredicate attention) {
        html.table(texts.get(caption), headers.stream().map(texts::get).toList(), rows, attention, texts.get("none"));
    }

    /** In a limited page, the same note whatever was left out, so that the note itself tells nothing. */
    private void limitedNote(String key) {
        if (model.limited()) {
            html.element("p", "note", texts.get(key));
        }
    }
}
