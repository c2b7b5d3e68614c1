package nl.regiekit.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What one report shows, section by section, before any markup: one record per section of the page,
 * built from a {@code CaseFileView} by {@link CaseReport} and written by {@link ReportWriter}. Every
 * value is already what the page prints, in the report's language, and already cut down to what the
 * view may show: a model limited to one organisation holds no name, identifier or text of what the
 * view withholds, so that no writer can show it. Immutable.
 *
 * @param caseId the case's identifier
 * @param date the report's date, the view's
 * @param limitedTo the name of the organisation the report is limited to, if it is
 * @param familyShown whether the view may show parts about the whole family
 * @param summary the case summary
 * @param plans the help plans
 * @param evaluations the latest evaluation of each plan that has one
 * @param balance the balance model
 * @param pictures the genogram, sociogram and ecogram, in that order
 * @param signals the open signals
 * @param validation the findings of validation, in a full report only: their counts too would tell a limited
 *     one's reader that something it may not see has findings
 */
record ReportModel(String caseId, LocalDate date, Optional<String> limitedTo, boolean familyShown,
                   Summary summary, List<PlanPart> plans, List<EvaluationPart> evaluations, BalancePart balance,
                   List<PicturePart> pictures, SignalsPart signals, Optional<ValidationPart> validation) {

    /** Whether the report is limited to one organisation. */
    boolean limited() {
        return limitedTo.isPresent();
    }

    /**
     * The case summary.
     *
     * @param facts the case's facts as label and value, in order; a fact with an empty value is not shown
     * @param timeline the phases entered up to the report's date, oldest first
     * @param family the members the view may name
     * @param organisations the organisations the view may show
     * @param consents the consents the view may show
     * @param outreach the outreach before there is a plan, if the case records it
     */
    record Summary(List<Fact> facts, List<PhaseSpan> timeline, List<MemberRow> family,
                   List<OrganisationRow> organisations, List<ConsentRow> consents, List<ExchangeRow> exchanges,
                   Optional<OutreachPart> outreach) {
    }

    /**
     * Outreach before there is a plan (method §1, §4 phases 1 and 2), as far as the view may show it.
     *
     * @param attempts the contact attempts up to the report's date
     * @param followUp the date of the first follow-up appointment, or "-"
     * @param help the practical help on the spot up to the report's date
     * @param inventory the problem inventory per life domain
     * @param agreed the date the family agreed on the inventory, or "-"
     */
    record OutreachPart(List<AttemptRow> attempts, String followUp, List<HelpRow> help, List<InventoryRow> inventory,
                        String agreed) {
    }

    /** One contact attempt. */
    record AttemptRow(String date, String kind, String outcome, String followUp) {
    }

    /** One piece of practical help on the spot: when, on which domain, for whom, who did it, what. */
    record HelpRow(String date, String domain, String members, String who, String action) {
    }

    /** One life domain of the problem inventory. */
    record InventoryRow(String domain, boolean problem, String description) {
    }

    /** A labelled fact of the case. */
    record Fact(String label, String value) {
    }

    /** A phase from the day it was entered until the next, or until the report's date when {@code until} is empty. */
    record PhaseSpan(String phase, LocalDate since, Optional<LocalDate> until, long days) {
    }

    /** A family member, with the holders of legal authority over them when they are a child. */
    record MemberRow(String name, String role, String age, String households, String authority) {
    }

    /** An involved organisation. */
    record OrganisationRow(String name, String reason, String members, String domains, String since, String until) {
    }

    /** An information exchange: when, with whom, which way, about whom, on which domains. */
    record ExchangeRow(String date, String organisation, String direction, String about, String domains) {
    }

    /** A consent with its history up to the report's date. */
    record ConsentRow(String organisation, String givenBy, String about, String domains, String basis,
                      String status, String history) {
    }

    /**
     * A help plan written by the report's date: a page describes that day, so a plan written later is
     * not on it.
     *
     * @param id the plan's identifier
     * @param inForce the version in force on the report's date
     */
    record PlanPart(String id, PlanInForce inForce) {
    }

    /**
     * The version of a plan in force on the report's date, as far as the view may show it.
     *
     * @param version the version's number
     * @param date the version's date
     * @param reason why the version was made
     * @param whole the parts about the whole family, if the view may show them
     * @param situation the situation per life domain
     * @param goals the goals
     * @param whoDoesWhat who does what, per member and life domain
     * @param trajectories the trajectories
     * @param agreements the agreements
     * @param roles the tasks of the family's network and professionals
     * @param youthPlans the youth plans
     */
    record PlanInForce(int version, LocalDate date, String reason, Optional<PlanWhole> whole,
                       List<SituationRow> situation, List<GoalRow> goals, WhoDoesWhatTable whoDoesWhat,
                       List<TrajectoryRow> trajectories, List<AgreementRow> agreements, List<TaskRow> roles,
                       List<YouthPlanPart> youthPlans) {
    }

    /** The parts of a plan about the whole family: its history, core and closing question. */
    record PlanWhole(Optional<String> history, List<String> strengths, List<String> obstacles, List<String> problems,
                     Optional<String> closingQuestion) {
    }

    /** The situation on one life domain. */
    record SituationRow(String domain, String description, boolean problem, String reasonNoAction) {
    }

    /** A goal. */
    record GoalRow(String title, String id, String term, String forWhom, String domains, String status,
                   String responsible, String target) {
    }

    /** Who does what: the life domains as columns, a row per member. */
    record WhoDoesWhatTable(List<String> domains, List<WhoRow> rows) {
    }

    /** What is done for one member, one cell per life domain of the table. */
    record WhoRow(String member, List<String> cells) {
    }

    /** A trajectory. */
    record TrajectoryRow(String id, String member, String domain, String provider, String status, String start,
                         String waitingSince, String goals) {
    }

    /** An agreement; {@code overdue} when its due date has passed unfinished on the report's date. */
    record AgreementRow(String id, String who, String what, String due, String source, String made, String status,
                        boolean overdue) {
    }

    /** A task in the plan. */
    record TaskRow(String who, String what, String when) {
    }

    /** A youth plan: its young person, youth worker, date and domains. */
    record YouthPlanPart(String youngPerson, String youthWorker, LocalDate date, List<YouthDomainRow> domains) {
    }

    /** One domain of a youth plan. */
    record YouthDomainRow(String domain, String situation, String goals, String familyGoals) {
    }

    /**
     * The latest evaluation of one plan; when it is the plan's first, with the practical help given on
     * the spot up to its date, which that evaluation looks back on (method §4, §12).
     */
    record EvaluationPart(String kind, LocalDate date, String planId, int planVersion, List<ScoreRow> scores,
                          List<EndTermRow> endTerms, List<HelpRow> practicalHelp) {
    }

    /** The attainment of one goal. */
    record ScoreRow(String title, String id, String attainment, String score) {
    }

    /** The result of one end term. */
    record EndTermRow(String term, String result) {
    }

    /**
     * The balance model: empty when the view may not show parts about the whole family.
     *
     * @param scale the family's latest balance and its history, if the family has been assessed
     * @param selfReliance the self-reliance scores, one table per instrument
     */
    record BalancePart(Optional<Scale> scale, List<SelfRelianceTable> selfReliance) {
    }

    /** The family's balance: the picture, its date and verdict, the history and the intervention routes. */
    record Scale(String svg, LocalDate date, String verdict, List<BalanceRow> history, List<RouteRow> routes) {
    }

    /** One assessment's balance. */
    record BalanceRow(String date, String phase, String capacity, String burden, String index, String verdict) {
    }

    /** An intervention route and the factors that drive it. */
    record RouteRow(String route, String drivers) {
    }

    /**
     * The levels per subject and domain of one self-reliance instrument.
     *
     * @param chart the same levels as a chart (SVG), when the instrument is known
     */
    record SelfRelianceTable(String instrument, Optional<String> chart, List<LevelRow> rows) {
    }

    /** One subject's levels on one domain over time. */
    record LevelRow(String subject, String domain, String levels) {
    }

    /**
     * A genogram, sociogram or ecogram: empty in a limited report, since the pictures show people whom
     * no consent covers.
     *
     * @param id the section's identifier
     * @param svg the picture, if the file holds it and the view may show it
     * @param reading the genogram in words, for the genogram only
     */
    record PicturePart(String id, Optional<String> svg, Optional<Reading> reading) {
    }

    /** What a genogram shows in words: repeated patterns, and the index person's support pillars and cut-offs. */
    record Reading(List<Pattern> patterns, Optional<IndexPerson> index) {
    }

    /** A pattern repeated across generations, with its carriers. */
    record Pattern(String label, int generations, String carriers) {
    }

    /** The genogram's index person with their support pillars and cut-offs. */
    record IndexPerson(String name, String pillars, String cutOffs) {
    }

    /** The open signals the view may show. */
    record SignalsPart(List<SignalRow> rows) {
    }

    /** An open signal. */
    record SignalRow(String severity, String code, String due, String subject, String message) {
    }

    /**
     * The findings of validation of a full report: their counts and the findings themselves.
     *
     * @param errors the number of errors
     * @param warnings the number of warnings
     * @param infos the number of informational findings
     * @param rows the findings
     */
    record ValidationPart(long errors, long warnings, long infos, List<FindingRow> rows) {
    }

    /** A finding; {@code error} when its severity is an error. */
    record FindingRow(String severity, String code, String pointer, String subject, String message, boolean error) {
    }
}
