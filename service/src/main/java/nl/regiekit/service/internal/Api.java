package nl.regiekit.service.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.eclipse.jetty.http.HttpHeader;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casefile.CaseFileRepository;
import nl.regiekit.casefile.CaseFileView;
import nl.regiekit.casefile.Disclosure;
import nl.regiekit.casefile.DisclosureLog;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCatalog;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.casemodel.storage.StaleVersionException;
import nl.regiekit.casemodel.storage.Versioned;
import nl.regiekit.genogram.render.EcogramSvg;
import nl.regiekit.genogram.render.GenogramSvg;
import nl.regiekit.genogram.render.SociogramSvg;
import nl.regiekit.json.DocumentKind;
import nl.regiekit.json.EcogramDocument;
import nl.regiekit.json.GenogramDocument;
import nl.regiekit.json.JsonCodes;
import nl.regiekit.json.Limits;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.json.SociogramDocument;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import nl.regiekit.json.CareConferenceAgendaDocument;
import nl.regiekit.json.FamilyCouncilAgendaDocument;
import nl.regiekit.plan.meeting.CareConferenceAgenda;
import nl.regiekit.plan.meeting.CareConferences;
import nl.regiekit.plan.meeting.ConferenceKind;
import nl.regiekit.plan.meeting.ConferenceReason;
import nl.regiekit.plan.meeting.FamilyCouncilAgenda;
import nl.regiekit.plan.meeting.FamilyCouncils;
import nl.regiekit.plan.meeting.MeetingId;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.Signal;
import nl.regiekit.report.CaseReport;
import nl.regiekit.service.Caller;
import nl.regiekit.service.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoints of the service under {@code /v1}, each a {@link Route}: what the library does, over
 * HTTP. Every limited answer (report, stored case file) is built from the one
 * {@link CaseFileView#forOrganisation}; every disclosure of a stored case is written to the
 * disclosure log. Thread-safe: the pipelines and the report are built once and shared.
 */
public final class Api {

    private static final Set<Role> ANY = Set.of(Role.COORDINATOR, Role.PARTNER, Role.INTEGRATOR);
    private static final Set<Role> CASE_READERS = Set.of(Role.COORDINATOR, Role.PARTNER);
    private static final Set<Role> COORDINATOR = Set.of(Role.COORDINATOR);
    private static final String SVG = "image/svg+xml";
    private static final String HTML = "text/html; charset=utf-8";
    /** The purpose (doelbinding) of every disclosure the service logs. */
    private static final String PURPOSE = "case-management";

    private final JsonMapper mapper = RegiekitJson.mapper();
    private final Clock clock;
    private final CaseFileRepository files;
    private final DisclosureLog disclosures;
    private final BooleanSupplier ready;
    private final Validations validations;
    private final RegiekitConfig config;
    /** The codes of every module and of the organisation's own rules, for {@code GET /v1/codes}. */
    private final List<FindingCode> knownCodes;
    private final Map<String, CaseReport> reports = new LinkedHashMap<>();
    private final Monitor monitor;
    private final OrganisationPolicy policy;
    private final byte[] openApi;

    /**
     * The endpoints over these ports.
     *
     * @param config the configuration for validation, monitoring and reports; its clock gives today, when a
     *     request names no date, and the disclosure times
     * @param limits the library's input limits
     * @param files where stored case files are kept
     * @param disclosures where each disclosure of a stored case is written
     * @param ready whether the service is ready to take requests
     */
    public Api(RegiekitConfig config, Limits limits, CaseFileRepository files, DisclosureLog disclosures,
               BooleanSupplier ready) {
        this.clock = config.clock();
        this.policy = config.policy();
        this.config = config;
        List<FindingCode> known = new ArrayList<>(FindingCatalog.all());
        config.ownRules().forEach(rule -> known.addAll(rule.codes()));
        this.knownCodes = List.copyOf(known);
        this.monitor = policy.monitor();
        this.files = files;
        this.disclosures = disclosures;
        this.ready = ready;
        this.validations = new Validations(limits, config);
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            reports.put(locale.getLanguage(), CaseReport.builder().locale(locale).config(config).build());
        }
        this.openApi = resource(Api.class, "/nl/regiekit/service/openapi.json");
    }

    /** Every route, in the order the OpenAPI description lists them. */
    List<Route> routes() {
        return List.of(
            new Route("GET", "/v1/health/live", Set.of(), c -> json(Map.of("status", "UP"))),
            new Route("GET", "/v1/health/ready", Set.of(), this::ready),
            new Route("GET", "/v1/openapi.json", Set.of(), c -> Reply.ok("application/vnd.oai.openapi+json", openApi)),
            new Route("GET", "/v1/schemas/{kind}", ANY, this::schema),
            new Route("GET", "/v1/codes", ANY, this::codes),
            new Route("POST", "/v1/validations", ANY, this::validate),
            new Route("POST", "/v1/renderings/{picture}", ANY, this::render),
            new Route("POST", "/v1/reports", CASE_READERS, this::report),
            new Route("POST", "/v1/agendas/family-council", COORDINATOR, this::familyCouncil),
            new Route("POST", "/v1/agendas/care-conference", CASE_READERS, this::careConference),
            new Route("POST", "/v1/signals", CASE_READERS, this::signalsOfBody),
            new Route("GET", "/v1/signals", CASE_READERS, this::signalsOfStore),
            new Route("PUT", "/v1/case-files/{caseId}", COORDINATOR, this::store),
            new Route("GET", "/v1/case-files/{caseId}", CASE_READERS, this::read),
            new Route("GET", "/v1/case-files/{caseId}/versions", CASE_READERS, this::versions),
            new Route("GET", "/v1/case-files/{caseId}/versions/{version}", CASE_READERS, this::readVersion));
    }

    private Reply ready(Call call) {
        if (!ready.getAsBoolean()) {
            throw new Problem(Problem.Type.UNAVAILABLE, "the service is starting or stopping");
        }
        return json(Map.of("status", "UP"));
    }

    private Reply schema(Call call) {
        DocumentKind kind = DocumentKind.of("regiekit/" + call.param("kind"))
            .orElseThrow(() -> new Problem(Problem.Type.NOT_FOUND, "no document kind " + call.param("kind")));
        return Reply.ok("application/schema+json", resource(DocumentKind.class, kind.schemaResource()));
    }

    private Reply codes(Call call) {
        List<Map<String, Object>> codes = new ArrayList<>();
        for (FindingCode code : knownCodes) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", code.code());
            entry.put("severity", code.severity().name());
            entry.put("messageNl", code.template(Locale.forLanguageTag("nl")));
            entry.put("messageEn", code.template(Locale.ENGLISH));
            codes.add(entry);
        }
        return json(Map.of("codes", codes));
    }

    private Reply validate(Call call) throws IOException {
        Locale locale = call.locale();
        ValidationResult result = validations.on(call.date(today())).validate(call.body());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("valid", result.isValid());
        doc.put("kind", result.document().flatMap(Api::kindOf).map(DocumentKind::id).orElse(null));
        doc.put("findings", RegiekitJson.findings(result.findings(), locale));
        return json(doc);
    }

    private Reply render(Call call) throws IOException {
        String picture = call.param("picture");
        if (!List.of("genogram", "sociogram", "ecogram", "balance").contains(picture)) {
            throw new Problem(Problem.Type.NOT_FOUND, "no picture " + picture);
        }
        Locale locale = call.locale();
        LocalDate date = call.date(today());
        Object document = bound(validations.on(date).validate(call.body()));
        Optional<String> svg;
        if (document instanceof CaseFile file) {
            svg = Optional.ofNullable(reports.get(locale.getLanguage()).pictures(file, date).get(picture + ".svg"));
        } else if (document instanceof GenogramDocument own && picture.equals("genogram")) {
            svg = Optional.of(new GenogramSvg(Year.from(date), locale).render(own.genogram()));
        } else if (document instanceof SociogramDocument own && picture.equals("sociogram")) {
            svg = Optional.of(new SociogramSvg(policy.genogram(), locale).render(own.sociogram()));
        } else if (document instanceof EcogramDocument own && picture.equals("ecogram")) {
            svg = Optional.of(new EcogramSvg(locale).render(own.ecogram()));
        } else {
            svg = Optional.empty();
        }
        return Reply.ok(SVG, svg.orElseThrow(() -> new Problem(Problem.Type.INVALID_DOCUMENT,
            "the document holds no " + picture + " to draw")));
    }

    private Reply report(Call call) throws IOException {
        Locale locale = call.locale();
        LocalDate date = call.date(today());
        ValidationResult result = validations.on(date).validate(call.body());
        CaseFile file = caseFile(result);
        CaseFileView view = involved(call.caller(), file, date);
        return Reply.ok(HTML, reports.get(locale.getLanguage()).write(view, result.findings()));
    }

    /**
     * The agenda of a family council on the day: the children and young people speak first unless
     * {@code ?first=} names the members who do.
     */
    private Reply familyCouncil(Call call) throws IOException {
        LocalDate date = call.date(today());
        Case subject = caseFile(validations.on(date).validate(call.body())).subject();
        Set<PersonId> first = new LinkedHashSet<>();
        Optional<String> named = call.query("first");
        if (named.isPresent()) {
            for (String id : named.get().split(",")) {
                first.add(identifier(() -> PersonId.of(id.strip()), "first names member identifiers"));
            }
        } else {
            // The library lets only the children and young people among them go first.
            first.addAll(subject.family().memberIds());
        }
        FamilyCouncilAgenda agenda = new FamilyCouncils(policy.meetings()).agenda(subject,
            MeetingId.of("family-council-" + date), date, first);
        return json(FamilyCouncilAgendaDocument.of(agenda));
    }

    /**
     * The agenda of a care conference or a variant ({@code ?kind=}) on the day, called for
     * {@code ?reason=} (default: a shared perspective, or periodic for a partner meeting).
     */
    private Reply careConference(Call call) throws IOException {
        LocalDate date = call.date(today());
        ConferenceKind kind = identifier(() -> ConferenceKind.valueOf(call.query("kind").orElse("CARE_CONFERENCE")),
            "kind must be one of " + Arrays.toString(ConferenceKind.values()));
        List<ConferenceReason> reasons = new ArrayList<>();
        for (String reason : call.query("reason").map(r -> r.split(",")).orElse(new String[0])) {
            reasons.add(identifier(() -> ConferenceReason.valueOf(reason.strip()),
                "reason must be among " + Arrays.toString(ConferenceReason.values())));
        }
        if (reasons.isEmpty()) {
            reasons.add(kind == ConferenceKind.PARTNER_MEETING ? ConferenceReason.PERIODIC
                : ConferenceReason.SHARED_PERSPECTIVE);
        }
        CaseFile file = caseFile(validations.on(date).validate(call.body()));
        CaseFileView view = involved(call.caller(), file, date);
        CareConferences conferences = new CareConferences(monitor, policy.consent(), config.catalogues().lifeDomains());
        CareConferenceAgenda agenda = conferences.agenda(file.monitored(), MeetingId.of("care-conference-" + date), kind,
            date, reasons);
        // A partner gets what its organisation hears at the table (method §11), not the points it leaves for.
        return json(CareConferenceAgendaDocument.of(view.isFull() ? agenda
            : conferences.heardBy(agenda, file.subject(), view.organisation().orElseThrow())));
    }

    /** The value {@code parse} gives, or a 400 problem saying {@code rule} when it refuses the query. */
    private static <T> T identifier(java.util.function.Supplier<T> parse, String rule) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new Problem(Problem.Type.BAD_REQUEST, rule);
        }
    }

    /** The signals of the case file in the body: all of them for its coordinator, a partner's view's for a partner. */
    private Reply signalsOfBody(Call call) throws IOException {
        LocalDate date = call.date(today());
        CaseFile file = caseFile(validations.on(date).validate(call.body()));
        return json(Map.of("signals", RegiekitJson.signals(involved(call.caller(), file, date).signals(),
            call.locale())));
    }

    /**
     * A team's daily list: the signals of every stored case the caller may see on the date (whole for the cases
     * it coordinates, its organisation's view's for the others it is involved in), and the caseloads across
     * the cases it coordinates. Each case whose signals are read is written to the disclosure log.
     */
    private Reply signalsOfStore(Call call) {
        LocalDate date = call.date(today());
        List<Signal> all = new ArrayList<>();
        List<Case> coordinated = new ArrayList<>();
        for (CaseId id : files.ids()) {
            files.find(id).flatMap(stored -> viewFor(call.caller(), stored.value(), date)).ifPresent(view -> {
                view.whole().ifPresent(file -> coordinated.add(file.subject()));
                all.addAll(view.signals());
                disclose(call, "signals-read", view);
            });
        }
        all.addAll(monitor.caseloads(coordinated, date));
        return json(Map.of("signals", RegiekitJson.signals(all, call.locale())));
    }

    private Reply store(Call call) throws IOException {
        CaseId id = caseId(call);
        long expected = expectedVersion(call);
        CaseFile file = caseFile(validations.on(today()).validate(call.body()));
        if (!file.subject().id().equals(id)) {
            throw new Problem(Problem.Type.INVALID_DOCUMENT, "the case file is of case " + file.subject().id()
                + ", not of " + id);
        }
        // Only the coordinating organisation writes a case, and it cannot hand it to another by writing it.
        if (!coordinates(call.caller(), file) || files.find(id).filter(s -> !coordinates(call.caller(), s.value()))
            .isPresent()) {
            throw new Problem(Problem.Type.FORBIDDEN, "the caller's organisation does not coordinate case " + id);
        }
        Versioned<CaseFile> saved;
        try {
            saved = files.save(file, expected);
        } catch (StaleVersionException e) {
            throw new Problem(Problem.Type.STALE_VERSION, "the stored version is " + e.actual()
                + "; read it again and apply the change to it");
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("caseId", id.value());
        doc.put("version", saved.version());
        doc.put("savedAt", saved.savedAt().toString());
        return json(doc).status(expected == Versioned.NEW ? 201 : 200).with("ETag", etag(saved.version()));
    }

    private Reply read(Call call) {
        CaseId id = caseId(call);
        return answer(call, files.find(id)
            .orElseThrow(() -> new Problem(Problem.Type.NOT_FOUND, "no stored case file " + id)));
    }

    /** One stored version of a case file, as {@link #read} answers the latest. */
    private Reply readVersion(Call call) {
        CaseId id = caseId(call);
        long version;
        try {
            version = Long.parseLong(call.param("version"));
        } catch (NumberFormatException e) {
            throw new Problem(Problem.Type.BAD_REQUEST, "a version is a whole number");
        }
        return answer(call, files.version(id, version)
            .orElseThrow(() -> new Problem(Problem.Type.NOT_FOUND, "no stored version " + version + " of " + id)));
    }

    /**
     * The stored versions of a case file, oldest first: each version's number, ETag and the time it was
     * saved, never its content. A partner sees them only of a case its organisation is involved in, as
     * of the latest version.
     */
    private Reply versions(Call call) {
        CaseId id = caseId(call);
        List<Versioned<CaseFile>> history = files.history(id);
        if (history.isEmpty() || viewFor(call.caller(), history.get(history.size() - 1).value(), today()).isEmpty()) {
            throw new Problem(Problem.Type.NOT_FOUND, "no stored case file " + id);
        }
        List<Map<String, Object>> versions = new ArrayList<>();
        for (Versioned<CaseFile> stored : history) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("version", stored.version());
            entry.put("etag", etag(stored.version()));
            entry.put("savedAt", stored.savedAt().toString());
            versions.add(entry);
        }
        return json(Map.of("caseId", id.value(), "versions", versions));
    }

    /** The answer to a read of {@code stored}: whole for a coordinator, the view for a partner, disclosed. */
    private Reply answer(Call call, Versioned<CaseFile> stored) {
        CaseId id = stored.value().subject().id();
        LocalDate date = call.date(today());
        // A partner whose organisation is not involved learns no more than that the case is not there for it.
        CaseFileView view = viewFor(call.caller(), stored.value(), date)
            .orElseThrow(() -> new Problem(Problem.Type.NOT_FOUND, "no stored case file " + id));
        disclose(call, "case-file-read", view);
        Reply reply = view.isFull() ? Reply.ok(Reply.JSON, mapper.writeValueAsBytes(stored.value()))
            : json(limited(view));
        return reply.with("ETag", etag(stored.version()));
    }

    /** What a partner sees of a stored case file: the members it may name and each plan as its view keeps it. */
    private static Map<String, Object> limited(CaseFileView view) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kind", "regiekit/case-file-view");
        doc.put("caseId", view.caseId().value());
        doc.put("organisation", view.organisation().orElseThrow().value());
        doc.put("date", view.date().toString());
        doc.put("members", view.members());
        doc.put("plans", view.plans());
        return doc;
    }

    /**
     * Whether {@code caller} coordinates the case of {@code file}: a coordinator of the organisation its
     * team names ({@code Team.organisation}), or any coordinator while the case names none, as case files
     * recorded before it did.
     */
    private static boolean coordinates(Caller caller, CaseFile file) {
        return caller.role() == Role.COORDINATOR
            && file.subject().team().organisation().map(caller.organisation()::equals).orElse(true);
    }

    /**
     * The whole case for the caller that coordinates it; the view of its own organisation for anyone else
     * whose organisation is involved (a partner, or a coordinator of another organisation); none otherwise.
     */
    private Optional<CaseFileView> viewFor(Caller caller, CaseFile file, LocalDate date) {
        if (coordinates(caller, file)) {
            return Optional.of(CaseFileView.full(file, date, config));
        }
        if (file.subject().organisation(caller.organisation()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CaseFileView.forOrganisation(file, caller.organisation(), date, config));
    }

    /**
     * The caller's view of a case file it sent, as {@link #viewFor} gives it, or a 403 problem when its
     * organisation is not involved in the case.
     */
    private CaseFileView involved(Caller caller, CaseFile file, LocalDate date) {
        return viewFor(caller, file, date).orElseThrow(() -> new Problem(Problem.Type.FORBIDDEN,
            "the caller's organisation is not involved in the case"));
    }

    /**
     * Writes the disclosure of {@code view} to the caller's organisation: for case management (the
     * purpose), on the coordinating organisation's public task or on the partner's consents (the lawful
     * basis). A view that names no member discloses nobody's data and is not logged.
     */
    private void disclose(Call call, String activity, CaseFileView view) {
        if (view.namedMembers().isEmpty()) {
            return;
        }
        Trace trace = call.trace();
        disclosures.record(new Disclosure(trace.traceId(), trace.spanId(), clock.instant(),
            call.caller().organisation(), activity, PURPOSE, view.isFull() ? LawfulBasis.PUBLIC_TASK
                : LawfulBasis.CONSENT, view.caseId(), view.namedMembers()));
    }

    private static long expectedVersion(Call call) {
        Optional<String> ifMatch = call.header(HttpHeader.IF_MATCH);
        Optional<String> ifNoneMatch = call.header(HttpHeader.IF_NONE_MATCH);
        if (ifNoneMatch.map(String::strip).filter("*"::equals).isPresent() && ifMatch.isEmpty()) {
            return Versioned.NEW;
        }
        if (ifMatch.isPresent() && ifNoneMatch.isEmpty()) {
            String tag = ifMatch.get().strip();
            if (tag.matches("\"[1-9][0-9]{0,17}\"")) {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            }
            throw new Problem(Problem.Type.STALE_VERSION, "If-Match must be an ETag this service gave");
        }
        throw new Problem(Problem.Type.PRECONDITION_REQUIRED,
            "create with If-None-Match: * or update with If-Match: <ETag of the version read>");
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static CaseId caseId(Call call) {
        return identifier(() -> CaseId.of(call.param("caseId")), "not a case identifier");
    }

    /** The document a result bound, refusing a body that is no JSON (400) or that has errors (422). */
    private static Object bound(ValidationResult result) {
        List<Finding> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (errors.stream().anyMatch(f -> f.code().equals(JsonCodes.SYNTAX.code()))) {
            throw new Problem(Problem.Type.BAD_JSON, "the body is not well-formed JSON", errors);
        }
        if (errors.stream().anyMatch(f -> f.code().equals(JsonCodes.LIMIT_SIZE.code()))) {
            throw new Problem(Problem.Type.TOO_LARGE, "the body is larger than the limit", errors);
        }
        if (!errors.isEmpty() || result.document().isEmpty()) {
            throw new Problem(Problem.Type.INVALID_DOCUMENT, "the document has errors", errors);
        }
        return result.document().get();
    }

    private static CaseFile caseFile(ValidationResult result) {
        if (bound(result) instanceof CaseFile file) {
            return file;
        }
        throw new Problem(Problem.Type.INVALID_DOCUMENT, "the resource takes a regiekit/case-file");
    }

    private static Optional<DocumentKind> kindOf(Object document) {
        return Arrays.stream(DocumentKind.values()).filter(k -> k.type().isInstance(document)).findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Reply json(Object document) {
        return Reply.ok(Reply.JSON, mapper.writeValueAsBytes(document));
    }

    /** A resource of {@code owner}'s module (the json module keeps its schemas to itself). */
    private static byte[] resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation pipelines per day, built on first use; the few most recent days are kept. */
    private static final class Validations {

        private static final int KEPT = 4;

        private final Limits limits;
        private final RegiekitConfig config;
        private final Map<LocalDate, Validation> byDate = new LinkedHashMap<>(KEPT, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<LocalDate, Validation> eldest) {
                return size() > KEPT;
            }
        };

        Validations(Limits limits, RegiekitConfig config) {
            this.limits = limits;
            this.config = config;
        }

        synchronized Validation on(LocalDate date) {
            return byDate.computeIfAbsent(date, d -> Validation.builder().limits(limits).config(config
                .withClock(Clock.fixed(d.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))).build());
        }
    }
}
