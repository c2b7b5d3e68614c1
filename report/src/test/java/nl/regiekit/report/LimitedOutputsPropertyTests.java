package nl.regiekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.CaseFileView;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.plan.meeting.CareConferences;
import nl.regiekit.plan.meeting.ConferenceKind;
import nl.regiekit.plan.meeting.ConferenceReason;
import nl.regiekit.plan.meeting.MeetingId;
import nl.regiekit.plan.meeting.Recipient;
import nl.regiekit.plan.monitor.Monitor;

/**
 * The property of every limited output (method §11): for generated case files ({@link GeneratedCaseFiles}), on
 * random dates and for every involved organisation, neither the {@link CaseFileView} (everything its public API
 * gives) nor the limited report holds a sentinel of a member that {@code Case.mayExchange} (the oracle, under
 * the configuration's own consent policy) lets that organisation see on no life domain on that date, nor
 * anything written or held after that date (a plan version, an evaluation); nor does the care-conference
 * agenda of that date as the organisation hears it (its points, decisions and participants), nor its line on
 * the distribution list of the minutes. The service's limited answer is the view's members and
 * plans, written as JSON, so it is covered through the view.
 *
 * <p>A run tries {@value #CASES} case files of {@value #DATES} dates each; {@code -Dregiekit.sweep=all} tries
 * ten times as many. The seed is in every failure message; {@code -Dregiekit.seed=N} repeats a run.
 */
class LimitedOutputsPropertyTests {

    private static final int CASES = 100;
    private static final int DATES = 4;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 12, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 1, 31);

    private final Map<String, CaseReport> reports = new TreeMap<>();

    @Test
    void noLimitedOutputHoldsATraceOfAMemberTheOrganisationMayNotSee() throws Exception {
        long seed = Long.getLong("regiekit.seed", 20261203L);
        int cases = "all".equals(System.getProperty("regiekit.sweep")) ? CASES * 10 : CASES;
        Random random = new Random(seed);
        Map<String, Integer> found = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        int views = 0;
        int showing = 0;
        int withholding = 0;
        long started = System.currentTimeMillis();
        for (int c = 0; c < cases; c++) {
            GeneratedCaseFiles.Generated generated = GeneratedCaseFiles.generate(random, c);
            CaseFile file = generated.file();
            for (int d = 0; d < DATES; d++) {
                LocalDate date = FIRST_DAY.plusDays(random.nextInt((int) (LAST_DAY.toEpochDay()
                    - FIRST_DAY.toEpochDay())));
                ConsentPolicy policy = random.nextBoolean() ? ConsentPolicy.DEFAULTS : new ConsentPolicy(14, 17, 18);
                RegiekitConfig config = RegiekitConfig.defaults()
                    .withPolicy(OrganisationPolicy.DEFAULTS.withConsent(policy));
                Locale locale = random.nextBoolean() ? Locale.ENGLISH : Locale.forLanguageTag("nl");
                for (InvolvedOrganisation organisation : file.subject().organisations()) {
                    views++;
                    List<String> withheld = new ArrayList<>();
                    List<String> seenOnes = new ArrayList<>();
                    for (Map.Entry<PersonId, List<String>> member : generated.sentinels().entrySet()) {
                        boolean seen = GeneratedCaseFiles.DOMAINS.stream().anyMatch(domain -> file.subject()
                            .mayExchange(organisation.id(), member.getKey(), domain, date, policy));
                        // A member's first sentinel is the one in their name, identifier and texts.
                        if (seen) {
                            seenOnes.add(member.getValue().get(0));
                        } else {
                            withheld.addAll(member.getValue());
                        }
                    }
                    // A withheld birth date that is the view's own date is the reader's input, printed as the date.
                    withheld.removeIf(date.toString()::equals);
                    withholding += withheld.isEmpty() ? 0 : 1;
                    // What was written or held after the date is not there yet.
                    generated.dated().forEach((token, on) -> {
                        if (on.isAfter(date)) {
                            withheld.add(token);
                        }
                    });
                    if (withheld.isEmpty()) {
                        continue;
                    }
                    String where = "seed " + seed + ", case " + c + ", " + date + ", " + organisation.id().value()
                        + ", " + policy;
                    CaseFileView view = CaseFileView.forOrganisation(file, organisation.id(), date, config);
                    List<String> parts = new ArrayList<>();
                    viewParts(view, file, parts::add);
                    check("view", parts, withheld, where, found, examples);
                    String html = report(config, policy, locale).write(view, List.of());
                    check("report", List.of(html), withheld, where, found, examples);
                    List<String> heard = new ArrayList<>();
                    meetingParts(file, organisation.id(), date, policy, heard::add);
                    check("agenda", heard, withheld, where, found, examples);
                    showing += seenOnes.stream().anyMatch(html::contains) ? 1 : 0;
                }
            }
        }
        System.out.printf("LimitedOutputsPropertyTests: %d ms, %d case files, %d dates each, %d limited views "
            + "(%d pages naming a member, %d views withholding); leaks by output and part: %s%n",
            System.currentTimeMillis() - started, cases, DATES, views, showing, withholding, found);
        // Not vacuous: many pages name someone, and many views withhold someone.
        assertThat(showing).as("seed %d: limited pages that name a member", seed).isGreaterThan(views / 4);
        assertThat(withholding).as("seed %d: limited views that withhold something", seed).isGreaterThan(views / 4);
        assertThat(examples.entrySet()).as("seed %d: outputs holding a sentinel of a member the organisation may not see "
            + "(%s)", seed, found).isEmpty();
    }

    /**
     * Every text the view's public API gives: each public query without arguments, and each that takes a
     * member, an organisation or a date, asked about every member, organisation and day of the case.
     */
    private static void viewParts(CaseFileView view, CaseFile file, Consumer<String> out) throws Exception {
        Map<Class<?>, List<?>> arguments = Map.of(
            PersonId.class, file.subject().family().members().stream().map(m -> m.id()).toList(),
            OrganisationId.class, file.subject().organisations().stream().map(o -> o.id()).toList(),
            LocalDate.class, List.of(view.date(), view.date().minusYears(1), GeneratedCaseFiles.END));
        for (Method method : CaseFileView.class.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() != CaseFileView.class) {
                continue;
            }
            if (method.getParameterCount() == 0) {
                walk(method.getName(), method.invoke(view), out);
            } else if (method.getParameterCount() == 1 && arguments.containsKey(method.getParameterTypes()[0])) {
                for (Object argument : arguments.get(method.getParameterTypes()[0])) {
                    walk(method.getName(), method.invoke(view, argument), out);
                }
            }
        }
    }

    /**
     * What {@code organisation} hears at a care conference on {@code date} ({@link CareConferences#heardBy}:
     * the points and decisions whose audience holds it, the participants it may name) and its line on the
     * minutes' distribution list.
     */
    private static void meetingParts(CaseFile file, OrganisationId organisation, LocalDate date,
                                     ConsentPolicy policy, Consumer<String> out) throws Exception {
        CareConferences conferences = new CareConferences(Monitor.defaults(), policy, LifeDomainCatalogs.builtIn());
        walk("agenda", conferences.heardBy(conferences.agenda(file.monitored(), MeetingId.of("m-gen"),
            ConferenceKind.CARE_CONFERENCE, date, List.of(ConferenceReason.SHARED_PERSPECTIVE)), file.subject(),
            organisation), out);
        for (Recipient recipient : conferences.distribution(file.subject(), date)) {
            if (recipient.organisation().equals(organisation)) {
                walk("distribution", recipient, out);
            }
        }
    }

    /** Every string, date and identifier reachable from {@code value} through records, collections and optionals. */
    private static void walk(String path, Object value, Consumer<String> out) throws Exception {
        if (value == null || value instanceof Enum<?> || value instanceof Boolean || value instanceof Number) {
            return;
        }
        if (value instanceof String || value instanceof LocalDate) {
            out.accept(path + "=" + value);
        } else if (value instanceof Optional<?> optional) {
            if (optional.isPresent()) {
                walk(path, optional.get(), out);
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                walk(path, element, out);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                walk(path, entry.getKey(), out);
                walk(path, entry.getValue(), out);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                component.getAccessor().setAccessible(true);
                walk(path + "." + component.getName(), component.getAccessor().invoke(value), out);
            }
        } else {
            out.accept(path + "=" + value);
        }
    }

    private static void check(String output, List<String> parts, List<String> withheld, String where,
                              Map<String, Integer> found, Map<String, String> examples) {
        for (String part : parts) {
            java.util.Set<String> kinds = new java.util.TreeSet<>();
            for (String sentinel : withheld) {
                for (int at = part.indexOf(sentinel); at >= 0; at = part.indexOf(sentinel, at + 1)) {
                    String kind = output + ":" + ("report".equals(output) ? section(part, at)
                        : part.substring(0, part.indexOf('=')).replaceAll("\\.value$", ""));
                    if (kinds.add(kind)) {
                        examples.putIfAbsent(kind, where + ": holds " + sentinel);
                    }
                }
            }
            kinds.forEach(kind -> found.merge(kind, 1, Integer::sum));
        }
    }

    /** The report section holding the text at {@code at}, with the table or paragraph it is in. */
    private static String section(String html, int at) {
        int section = html.lastIndexOf("<section id=\"", at);
        return section < 0 ? "head" : html.substring(section + 13, html.indexOf('"', section + 13));
    }

    private CaseReport report(RegiekitConfig config, ConsentPolicy policy, Locale locale) {
        return reports.computeIfAbsent(policy + " " + locale, k -> CaseReport.builder().config(config).locale(locale)
            .build());
    }
}
