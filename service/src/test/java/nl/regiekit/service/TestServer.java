package nl.regiekit.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import nl.regiekit.casefile.CaseFileRepository;
import nl.regiekit.casefile.DisclosureLog;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.json.RegiekitJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real service on a free loopback port for the tests, with a token per role, the demo case file
 * and a real HTTP client. Close it after the tests.
 */
final class TestServer implements AutoCloseable {

    static final LocalDate DATE = LocalDate.of(2026, 4, 20);
    static final Path DEMO = Path.of("../cli/src/test/resources/golden/demo-case-file.json");
    static final String COORDINATOR = "coordinator-token";
    /** A coordinator of another organisation, not involved in the demo case. */
    static final String OTHER_COORDINATOR = "other-coordinator-token";
    static final String PARTNER = "partner-token";
    static final String OUTSIDER = "outsider-token";
    static final String INTEGRATOR = "integrator-token";
    static final OrganisationId ADDICTION_CARE = OrganisationId.of("org-addiction-care");

    /** Names and texts of the demo that the addiction care organisation may not see (as in CaseReportTests). */
    static final List<String> SENTINELS = List.of("Samira", "Ruben", "Fatima", "Gerrit", "Kevin", "Sanne",
        "Huurachterstand", "Na de scheiding", "Alle post over geld", "Voetbalclub");

    final CaseFileRepository files;
    final DisclosureLog disclosures = DisclosureLog.inMemory();
    final List<String> accessLog = new CopyOnWriteArrayList<>();
    /** One permit for each access-log line written. */
    private final Semaphore logged = new Semaphore(0);
    final RegiekitService service;
    final HttpClient client = HttpClient.newHttpClient();

    TestServer() throws IOException {
        this(java.time.Duration.ofSeconds(10));
    }

    /** A server whose connections may stay silent for {@code idleTimeout}. */
    TestServer(java.time.Duration idleTimeout) throws IOException {
        Clock clock = Clock.fixed(DATE.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        files = CaseFileRepository.inMemory(clock);
        Tokens tokens = Tokens.none()
            .with(new Caller(OrganisationId.of("org-case-management"), Role.COORDINATOR), Tokens.hash(COORDINATOR))
            .with(new Caller(OrganisationId.of("org-other-coordination"), Role.COORDINATOR),
                Tokens.hash(OTHER_COORDINATOR))
            .with(new Caller(ADDICTION_CARE, Role.PARTNER), Tokens.hash(PARTNER))
            .with(new Caller(OrganisationId.of("org-not-involved"), Role.PARTNER), Tokens.hash(OUTSIDER))
            .with(new Caller(OrganisationId.of("org-vendor"), Role.INTEGRATOR), Tokens.hash(INTEGRATOR));
        service = RegiekitService.builder().port(0).tokens(tokens).caseFiles(files).disclosures(disclosures)
            .config(nl.regiekit.casefile.RegiekitConfig.defaults().withClock(clock)).accessLog(line -> {
                accessLog.add(line);
                logged.release();
            }).idleTimeout(idleTimeout).build().start();
    }

    /** Waits at most ten seconds for the first access-log line; whether it came. */
    boolean awaitAccessLine() throws InterruptedException {
        return logged.tryAcquire(10, TimeUnit.SECONDS);
    }

    static byte[] demo() throws IOException {
        return Files.readAllBytes(DEMO);
    }

    /**
     * The demo case file with one more agreement in its latest plan version, kept by addiction care and
     * overdue from 1 March 2026: a signal the partner may see, beside the demo's own about the mother's
     * agreement, which it may not.
     */
    static byte[] demoWithAPartnersOverdueAgreement() throws IOException {
        ObjectNode file = (ObjectNode) RegiekitJson.mapper().readTree(demo());
        ArrayNode versions = (ArrayNode) file.at("/plans/0/versions");
        ArrayNode agreements = (ArrayNode) versions.get(versions.size() - 1).at("/content/agreements");
        ObjectNode agreement = agreements.addObject();
        agreement.put("id", "a-intake-addiction-care");
        agreement.putObject("who").put("organisation", ADDICTION_CARE.value());
        agreement.put("what", "Verslavingszorg plant de intake voor 1 maart");
        agreement.put("due", "2026-03-01");
        agreement.put("source", "CARE_CONFERENCE");
        agreement.put("made", "2026-01-08");
        agreement.put("status", "OPEN");
        return RegiekitJson.mapper().writeValueAsBytes(file);
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(service.uri() + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return client.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, byte[] body) throws IOException, InterruptedException {
        return client.send(request(path, token).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String token, byte[] body, Map<String, String> headers)
        throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        service.close();
    }
}
