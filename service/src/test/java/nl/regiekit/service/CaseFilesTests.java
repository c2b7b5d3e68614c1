package nl.regiekit.service;

import static nl.regiekit.service.ServiceTests.json;
import static nl.regiekit.service.ServiceTests.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.regiekit.casefile.Disclosure;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.json.RegiekitJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stored case files over real HTTP: created with {@code If-None-Match: *}, changed with
 * {@code If-Match}, a stale version refused with 412 and nothing lost, a partner's read cut to its
 * view, and every read written to the disclosure log.
 */
class CaseFilesTests {

    private static final Map<String, String> CREATE = Map.of("If-None-Match", "*");
    private static final AtomicInteger CASES = new AtomicInteger();

    private static TestServer server;

    /** Each test its own case in the one store: the demo under a case identifier of its own. */
    private final String caseId = "case-test-" + CASES.incrementAndGet();
    private final String path = "/v1/case-files/" + caseId;
    private final byte[] demo;

    CaseFilesTests() throws Exception {
        demo = TestServer.utf8(new String(TestServer.demo(), StandardCharsets.UTF_8).replace("case-2025-017", caseId));
    }

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> create() throws Exception {
        return server.put(path, TestServer.COORDINATOR, demo, CREATE);
    }

    @Test
    void aCaseFileIsCreatedOnceAndChangedOnlyFromTheVersionStored() throws Exception {
        HttpResponse<String> created = create();
        HttpResponse<String> again = create();
        HttpResponse<String> updated = server.put(path, TestServer.COORDINATOR, demo,
            Map.of("If-Match", "\"1\""));
        HttpResponse<String> stale = server.put(path, TestServer.COORDINATOR, demo,
            Map.of("If-Match", "\"1\""));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).contains("\"1\"");
        problem(again, 412, "stale-version");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).contains("\"2\"");
        problem(stale, 412, "stale-version");
        assertThat(server.files.find(CaseId.of(caseId)).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aChangeWithoutAVersionOrForAnotherCaseOrByAPartnerIsRefused() throws Exception {
        problem(server.put(path, TestServer.COORDINATOR, demo, Map.of()), 428, "precondition-required");
        problem(server.put("/v1/case-files/case-other", TestServer.COORDINATOR, demo, CREATE), 422,
            "invalid-document");
        problem(server.put(path, TestServer.PARTNER, demo, CREATE), 403, "forbidden");
        problem(server.put(path, TestServer.COORDINATOR, TestServer.utf8("{"), CREATE), 400, "bad-json");
        assertThat(server.files.find(CaseId.of(caseId))).isEmpty();
    }

    @Test
    void theCoordinatorReadsTheWholeFileAndAPartnerOnlyItsView() throws Exception {
        create();
        HttpResponse<String> whole = server.get(path, TestServer.COORDINATOR);
        HttpResponse<String> limited = server.get(path + "?date=2026-04-20", TestServer.PARTNER);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(json(whole).get("kind").asString()).isEqualTo("regiekit/case-file");
        assertThat(whole.body()).contains("Samira");
        assertThat(limited.statusCode()).as(limited.body()).isEqualTo(200);
        assertThat(json(limited).get("kind").asString()).isEqualTo("regiekit/case-file-view");
        assertThat(json(limited).get("organisation").asString()).isEqualTo("org-addiction-care");
        assertThat(json(limited).get("members").size()).isPositive();
        for (String sentinel : TestServer.SENTINELS) {
            assertThat(limited.body()).as(sentinel).doesNotContain(sentinel);
        }
    }

    @Test
    void aPartnersAnswerHoldsOnlyWhatWasWrittenByItsDate() throws Exception {
        create();
        // The demo's plan was first written on 2026-01-09, its interim evaluation held on 2026-04-07.
        HttpResponse<String> before = server.get(path + "?date=2025-11-15", TestServer.PARTNER);
        HttpResponse<String> between = server.get(path + "?date=2026-04-06", TestServer.PARTNER);

        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        assertThat(json(before).get("plans").size()).isZero();
        assertThat(json(between).get("plans").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(json(between).get("plans").get(0).path("evaluations").size()).isZero();
        assertThat(between.body()).doesNotContain("ev-interim-1");
    }

    @Test
    void everyStoredVersionIsListedAndReadableAsItWasSaved() throws Exception {
        create();
        byte[] changed = TestServer.utf8(new String(demo, StandardCharsets.UTF_8).replace("Samira", "Samia"));
        assertThat(server.put(path, TestServer.COORDINATOR, changed, Map.of("If-Match", "\"1\"")).statusCode())
            .isEqualTo(200);

        HttpResponse<String> list = server.get(path + "/versions", TestServer.COORDINATOR);
        HttpResponse<String> first = server.get(path + "/versions/1", TestServer.COORDINATOR);
        HttpResponse<String> latest = server.get(path + "/versions/2", TestServer.COORDINATOR);
        HttpResponse<String> partners = server.get(path + "/versions/1?date=2026-04-20", TestServer.PARTNER);

        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(json(list).get("caseId").asString()).isEqualTo(caseId);
        assertThat(json(list).get("versions").valueStream().map(v -> v.get("version").asLong() + " "
            + v.get("etag").asString())).containsExactly("1 \"1\"", "2 \"2\"");
        assertThat(list.body()).as("the list holds no content").doesNotContain("Samira").doesNotContain("Samia");
        assertThat(first.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(first.body()).contains("Samira").doesNotContain("Samia");
        assertThat(latest.body()).contains("Samia");
        assertThat(json(partners).get("kind").asString()).isEqualTo("regiekit/case-file-view");
        for (String sentinel : TestServer.SENTINELS) {
            assertThat(partners.body()).as(sentinel).doesNotContain(sentinel);
        }
        assertThat(server.disclosures.ofCase(CaseId.of(caseId))).extracting(Disclosure::processingActivity)
            .containsExactly("case-file-read", "case-file-read", "case-file-read");
    }

    @Test
    void aVersionThatIsNotStoredOrNotANumberIsRefused() throws Exception {
        create();

        problem(server.get(path + "/versions/2", TestServer.COORDINATOR), 404, "not-found");
        problem(server.get(path + "/versions/first", TestServer.COORDINATOR), 400, "bad-request");
        problem(server.get("/v1/case-files/case-unknown/versions", TestServer.COORDINATOR), 404, "not-found");
        problem(server.get(path + "/versions", TestServer.OUTSIDER), 404, "not-found");
        problem(server.get(path + "/versions/1", TestServer.OUTSIDER), 404, "not-found");
        problem(server.get(path + "/versions", TestServer.INTEGRATOR), 403, "forbidden");
    }

    @Test
    void anUnknownCaseAndACaseTheCallerIsNotInvolvedInAreBothNotFound() throws Exception {
        create();

        problem(server.get("/v1/case-files/case-unknown", TestServer.COORDINATOR), 404, "not-found");
        problem(server.get(path, TestServer.OUTSIDER), 404, "not-found");
        problem(server.get(path, TestServer.INTEGRATOR), 403, "forbidden");
        problem(server.get("/v1/signals", TestServer.INTEGRATOR), 403, "forbidden");
    }

    @Test
    void everyReadIsWrittenToTheDisclosureLogByIdentifierOnly() throws Exception {
        create();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        server.client.send(server.request(path, TestServer.PARTNER).header("traceparent", traceparent).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        server.get(path, TestServer.COORDINATOR);
        server.get("/v1/signals?date=2026-04-20", TestServer.COORDINATOR);

        List<Disclosure> log = server.disclosures.ofCase(CaseId.of(caseId));
        assertThat(log).extracting(Disclosure::processingActivity)
            .containsExactly("case-file-read", "case-file-read", "signals-read");
        assertThat(log).extracting(Disclosure::lawfulBasis)
            .containsExactly(LawfulBasis.CONSENT, LawfulBasis.PUBLIC_TASK, LawfulBasis.PUBLIC_TASK);
        Disclosure partner = log.get(0);
        assertThat(partner.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(partner.organisation()).isEqualTo(TestServer.ADDICTION_CARE);
        assertThat(partner.dataSubjects()).isNotEmpty().hasSizeLessThan(log.get(1).dataSubjects().size());
        for (String sentinel : TestServer.SENTINELS) {
            assertThat(log.toString()).doesNotContain(sentinel);
        }
    }

    @Test
    void theSignalsOfTheStoreCoverEveryStoredCase() throws Exception {
        create();

        HttpResponse<String> signals = server.get("/v1/signals?date=2026-04-20", TestServer.COORDINATOR);

        assertThat(signals.statusCode()).isEqualTo(200);
        assertThat(json(signals).get("signals").size()).isPositive();
    }

    @Test
    void aPartnersDailyListHoldsTheSignalsOfItsViewOfEachStoredCase() throws Exception {
        byte[] file = TestServer.utf8(new String(TestServer.demoWithAPartnersOverdueAgreement(), StandardCharsets.UTF_8)
            .replace("case-2025-017", caseId));
        assertThat(server.put(path, TestServer.COORDINATOR, file, CREATE).statusCode()).isEqualTo(201);

        HttpResponse<String> partner = server.get("/v1/signals?date=2026-05-12", TestServer.PARTNER);
        HttpResponse<String> coordinator = server.get("/v1/signals?date=2026-05-12", TestServer.COORDINATOR);

        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(200);
        // Addiction care sees the signal about its own overdue agreement, not the one about the mother's, and no
        // caseload of the case managers, which is the coordinating organisation's business.
        assertThat(subjectsOfThisCase(partner)).containsExactly("a-intake-addiction-care");
        assertThat(subjectsOfThisCase(coordinator)).contains("a-intake-addiction-care", "a-post");
        assertThat(json(partner).get("signals")).allSatisfy(s -> assertThat(s.has("caseId")).isTrue());
        assertThat(server.disclosures.ofCase(CaseId.of(caseId))).filteredOn(
            d -> d.organisation().equals(TestServer.ADDICTION_CARE)).singleElement()
            .satisfies(d -> assertThat(d.processingActivity()).isEqualTo("signals-read"))
            .satisfies(d -> assertThat(d.lawfulBasis()).isEqualTo(LawfulBasis.CONSENT));
        problem(server.get("/v1/signals", TestServer.INTEGRATOR), 403, "forbidden");
    }

    private List<String> subjectsOfThisCase(HttpResponse<String> signals) {
        List<String> subjects = new ArrayList<>();
        json(signals).get("signals").forEach(s -> {
            if (s.path("caseId").asString("").equals(caseId)) {
                subjects.add(s.get("subject").asString());
            }
        });
        return subjects;
    }

    @Test
    void aCaseThatNamesItsCoordinatingOrganisationIsWholeOnlyToThatOrganisationsCoordinators() throws Exception {
        byte[] coordinated = coordinatedBy("org-case-management");
        assertThat(server.put(path, TestServer.COORDINATOR, coordinated, CREATE).statusCode()).isEqualTo(201);

        problem(server.get(path, TestServer.OTHER_COORDINATOR), 404, "not-found");
        problem(server.get(path + "/versions", TestServer.OTHER_COORDINATOR), 404, "not-found");
        problem(server.put(path, TestServer.OTHER_COORDINATOR, coordinated, Map.of("If-Match", "\"1\"")), 403,
            "forbidden");
        problem(server.put(path, TestServer.COORDINATOR, coordinatedBy("org-other-coordination"),
            Map.of("If-Match", "\"1\"")), 403, "forbidden");
        HttpResponse<String> others = server.get("/v1/signals?date=2026-04-20", TestServer.OTHER_COORDINATOR);
        assertThat(others.body()).doesNotContain(caseId);
        HttpResponse<String> whole = server.get(path, TestServer.COORDINATOR);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(json(whole).at("/case/team/organisation").asString()).isEqualTo("org-case-management");
        assertThat(server.get("/v1/signals?date=2026-04-20", TestServer.COORDINATOR).body()).contains(caseId);
    }

    @Test
    void aCaseThatNamesNoCoordinatingOrganisationIsWholeToEveryCoordinator() throws Exception {
        create();

        HttpResponse<String> whole = server.get(path, TestServer.OTHER_COORDINATOR);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(json(whole).has("case")).isTrue();
    }

    /** The demo under this test's case identifier, its team working for {@code organisation}. */
    private byte[] coordinatedBy(String organisation) throws Exception {
        ObjectNode root = (ObjectNode) RegiekitJson.mapper().readTree(demo);
        ((ObjectNode) root.at("/case/team")).put("organisation", organisation);
        return RegiekitJson.mapper().writeValueAsBytes(root);
    }

    @Test
    void manyClientsUpdatingOneCaseLoseNoUpdate() throws Exception {
        create();
        int clients = 6;
        int updatesEach = 3;
        Set<String> etags = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    int conflicts = 0;
                    for (int made = 0; made < updatesEach; ) {
                        String etag = server.get(path, TestServer.COORDINATOR).headers().firstValue("ETag").orElseThrow();
                        HttpResponse<String> put = server.put(path, TestServer.COORDINATOR, demo,
                            Map.of("If-Match", etag));
                        if (put.statusCode() == 200) {
                            assertThat(etags.add(put.headers().firstValue("ETag").orElseThrow())).isTrue();
                            made++;
                        } else {
                            assertThat(put.statusCode()).isEqualTo(412);
                            conflicts++;
                        }
                    }
                    return conflicts;
                }));
            }
            for (Future<Integer> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(etags).hasSize(clients * updatesEach);
        assertThat(server.files.find(CaseId.of(caseId)).orElseThrow().version())
            .isEqualTo(1 + clients * updatesEach);
    }
}
