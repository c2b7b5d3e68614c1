package nl.regiekit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.regiekit.json.DocumentKind;
import nl.regiekit.json.RegiekitJson;
import tools.jackson.databind.JsonNode;

/**
 * The stateless endpoints over real HTTP: health, the description, schemas, codes, validations,
 * renderings and reports, with the bearer tokens and the problem documents of each refusal.
 */
class ServiceTests {

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(HttpResponse<String> response) {
        return RegiekitJson.mapper().readTree(response.body());
    }

    /** Asserts a problem document of {@code status} and {@code slug}; returns it. */
    static JsonNode problem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("type").asString()).isEqualTo("urn:nl:regiekit:problem:" + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("traceId").asString()).matches("[0-9a-f]{32}");
        assertThat(problem.get("findings").isArray()).isTrue();
        return problem;
    }

    @Test
    void healthNeedsNoTokenAndEveryAnswerCarriesTheApiVersionAndTheCallersTrace() throws Exception {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        HttpResponse<String> live = server.client.send(server.request("/v1/health/live", null)
            .header("traceparent", traceparent).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(json(live).get("status").asString()).isEqualTo("UP");
        assertThat(live.headers().firstValue("API-Version")).contains("1.0.0");
        assertThat(live.headers().firstValue("traceparent")).hasValueSatisfying(t ->
            assertThat(t).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").doesNotContain("00f067aa0ba902b7"));
        assertThat(live.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(server.get("/v1/health/ready", null).statusCode()).isEqualTo(200);
        assertThat(server.get("/v1/openapi.json", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aCallWithoutAKnownTokenIsRefusedWithAProblemDocument() throws Exception {
        HttpResponse<String> none = server.get("/v1/codes", null);
        HttpResponse<String> wrong = server.get("/v1/codes", "not-a-token");
        HttpResponse<String> basic = server.client.send(server.request("/v1/codes", null)
            .header("Authorization", "Basic dXNlcjpwYXNz").GET().build(), HttpResponse.BodyHandlers.ofString());

        problem(none, 401, "unauthorized");
        problem(wrong, 401, "unauthorized");
        for (int i = 0; i < 20; i++) {
            // The unread body is drained, so the refusal reaches the client rather than a reset.
            problem(server.post("/v1/validations", "not-a-token", TestServer.demo()), 401, "unauthorized");
        }
        problem(basic, 401, "unauthorized");
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"regiekit\"");
    }

    @Test
    void unknownPathsAndMethodsAndTrailingSlashesAreProblems() throws Exception {
        problem(server.get("/v1/nothing", TestServer.COORDINATOR), 404, "not-found");
        problem(server.get("/v1/codes/", TestServer.COORDINATOR), 404, "not-found");
        problem(server.post("/v1/codes", TestServer.COORDINATOR, TestServer.utf8("{}")), 405, "method-not-allowed");
    }

    @Test
    void schemasAreTheJsonModulesCommittedSchemas() throws Exception {
        HttpResponse<byte[]> schema = server.client.send(server.request("/v1/schemas/case-file",
            TestServer.INTEGRATOR).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.headers().firstValue("Content-Type")).contains("application/schema+json");
        try (var in = DocumentKind.class.getResourceAsStream(DocumentKind.CASE_FILE.schemaResource())) {
            assertThat(schema.body()).isEqualTo(in.readAllBytes());
        }
        problem(server.get("/v1/schemas/no-such-kind", TestServer.INTEGRATOR), 404, "not-found");
    }

    @Test
    void theCodesListEveryFindingCodeInBothLanguages() throws Exception {
        JsonNode codes = json(server.get("/v1/codes", TestServer.INTEGRATOR)).get("codes");

        assertThat(codes.size()).isGreaterThan(50);
        JsonNode syntax = null;
        for (JsonNode code : codes) {
            if (code.get("code").asString().equals("JSON-SYNTAX")) {
                syntax = code;
            }
        }
        assertThat(syntax).isNotNull();
        assertThat(syntax.get("severity").asString()).isEqualTo("ERROR");
        assertThat(syntax.get("messageNl").asString()).isNotEqualTo(syntax.get("messageEn").asString());
    }

    @Test
    void validatesTheDemoCaseFileAndAnswersFindingsForABrokenOne() throws Exception {
        HttpResponse<String> valid = server.post("/v1/validations?date=2026-04-20&lang=en", TestServer.INTEGRATOR,
            TestServer.demo());
        HttpResponse<String> broken = server.post("/v1/validations?lang=en", TestServer.INTEGRATOR,
            TestServer.utf8("{\"kind\": \"regiekit/case-file\", "));

        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
        assertThat(json(valid).get("valid").asBoolean()).isTrue();
        assertThat(json(valid).get("kind").asString()).isEqualTo("regiekit/case-file");
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(json(broken).get("valid").asBoolean()).isFalse();
        assertThat(json(broken).get("findings").get(0).get("code").asString()).isEqualTo("JSON-SYNTAX");
        problem(server.post("/v1/validations?date=yesterday", TestServer.INTEGRATOR, TestServer.demo()), 400,
            "bad-request");
        problem(server.post("/v1/validations?lang=fr", TestServer.INTEGRATOR, TestServer.demo()), 400,
            "bad-request");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsReadWhole() throws Exception {
        byte[] large = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) ' ');
        // A declared length over the limit is refused before a byte of the body is sent.
        String declared;
        try (Socket socket = new Socket(server.service.uri().getHost(), server.service.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(TestServer.utf8("POST /v1/validations HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestServer.INTEGRATOR + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + large.length + "\r\n\r\n"));
            declared = new String(socket.getInputStream().readNBytes(2000), StandardCharsets.UTF_8);
        }
        HttpResponse<String> streamed = server.client.send(server.request("/v1/validations", TestServer.INTEGRATOR)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(large))).build(),
            HttpResponse.BodyHandlers.ofString());

        assertThat(declared).startsWith("HTTP/1.1 413 ").contains("application/problem+json")
            .contains("JSON-LIMIT-SIZE");
        // The rest of the body is never read, so the connection cannot carry another request: the answer says so.
        assertThat(declared.toLowerCase(java.util.Locale.ROOT)).contains("connection: close");
        assertThat(streamed.headers().firstValue("Connection")).hasValueSatisfying(v -> assertThat(v).isEqualToIgnoringCase("close"));
        JsonNode problem = problem(streamed, 413, "too-large");
        assertThat(problem.get("findings").get(0).get("code").asString()).isEqualTo("JSON-LIMIT-SIZE");
    }

    @Test
    void aRefusedBodyIsReadToItsEndSoThatTheConnectionCarriesTheNextRequest() throws Exception {
        String text = "x".repeat(1024 * 1024);
        String answers;
        try (Socket socket = new Socket(server.service.uri().getHost(), server.service.port())) {
            socket.setSoTimeout(10_000);
            // A megabyte that is not JSON (415), then on the same connection a request that needs no body.
            socket.getOutputStream().write(TestServer.utf8("POST /v1/reports HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + TestServer.COORDINATOR + "\r\nContent-Type: text/plain\r\n"
                + "Content-Length: " + text.length() + "\r\n\r\n" + text
                + "GET /v1/health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
            answers = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answers).startsWith("HTTP/1.1 415 ").contains("HTTP/1.1 200 ").contains("\"UP\"");
        assertThat(answers.substring(0, answers.indexOf("HTTP/1.1 200 ")).toLowerCase(java.util.Locale.ROOT))
            .doesNotContain("connection: close");
    }

    @Test
    void aBurstOfConnectionsIsAnsweredEveryOneAndLeavesTheServiceAnswering() throws Exception {
        // More requests at once than the service handles: each is answered (200, or 503 when it waited too
        // long), none is lost, and the service answers the next one; a job lost in a burst used to keep a
        // permit of the limit of requests handled at once, until every request got 503.
        int burst = 300;
        List<Socket> sockets = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        try {
            for (int i = 0; i < burst; i++) {
                Socket socket = new Socket(server.service.uri().getHost(), server.service.port());
                socket.setSoTimeout(20_000);
                sockets.add(socket);
            }
            byte[] request = TestServer.utf8("GET /v1/health/live HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
            for (Socket socket : sockets) {
                socket.getOutputStream().write(request);
            }
            for (Socket socket : sockets) {
                String answer;
                try {
                    answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (java.net.SocketTimeoutException e) {
                    answer = "no answer";
                }
                answers.add(answer.lines().findFirst().orElse("closed without an answer"));
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }

        assertThat(answers).hasSize(burst).allSatisfy(status -> assertThat(status).matches("HTTP/1.1 (200|503) .*"));
        assertThat(server.post("/v1/validations", TestServer.INTEGRATOR, TestServer.demo()).statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyThatIsNotJsonOrNotTheRightKindIsAProblem() throws Exception {
        HttpResponse<String> text = server.client.send(server.request("/v1/reports", TestServer.COORDINATOR)
            .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build(),
            HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> badJson = server.post("/v1/reports", TestServer.COORDINATOR, TestServer.utf8("{\"kind\""));
        HttpResponse<String> wrongKind = server.post("/v1/reports", TestServer.COORDINATOR, TestServer.utf8(
            "{\"kind\": \"regiekit/genogram\", \"schemaVersion\": \"1.0\", \"genogram\": {\"people\": []}}"));

        problem(text, 415, "unsupported-media-type");
        JsonNode bad = problem(badJson, 400, "bad-json");
        assertThat(bad.get("findings").get(0).get("code").asString()).isEqualTo("JSON-SYNTAX");
        problem(wrongKind, 422, "invalid-document");
    }

    @Test
    void rendersThePicturesOfACaseFileAsSvg() throws Exception {
        for (String picture : new String[] {"genogram", "sociogram", "ecogram", "balance"}) {
            HttpResponse<String> svg = server.post("/v1/renderings/" + picture, TestServer.INTEGRATOR, TestServer.demo());

            assertThat(svg.statusCode()).as(picture + ": " + svg.body()).isEqualTo(200);
            assertThat(svg.headers().firstValue("Content-Type")).contains("image/svg+xml");
            assertThat(svg.body()).contains("<svg");
        }
        problem(server.post("/v1/renderings/portrait", TestServer.INTEGRATOR, TestServer.demo()), 404, "not-found");
    }

    @Test
    void aReportIsWholeForTheCoordinatorAndLimitedForAPartner() throws Exception {
        HttpResponse<String> whole = server.post("/v1/reports?date=2026-04-20", TestServer.COORDINATOR, TestServer.demo());
        HttpResponse<String> limited = server.post("/v1/reports?date=2026-04-20", TestServer.PARTNER, TestServer.demo());

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(whole.body()).contains("Samira", "Huurachterstand");
        assertThat(limited.statusCode()).isEqualTo(200);
        assertThat(limited.body()).contains("case-2025-017");
        for (String sentinel : TestServer.SENTINELS) {
            assertThat(limited.body()).as(sentinel).doesNotContain(sentinel);
        }
        problem(server.post("/v1/reports", TestServer.OUTSIDER, TestServer.demo()), 403, "forbidden");
        problem(server.post("/v1/reports", TestServer.INTEGRATOR, TestServer.demo()), 403, "forbidden");
    }

    @Test
    void theAgendasOfACaseFileAreAgendaDocuments() throws Exception {
        HttpResponse<String> council = server.post("/v1/agendas/family-council?date=2026-05-12",
            TestServer.COORDINATOR, TestServer.demo());
        HttpResponse<String> conference = server.post("/v1/agendas/care-conference?date=2026-05-12&kind=ROUND_TABLE"
            + "&reason=SITUATION_STUCK,PERIODIC", TestServer.COORDINATOR, TestServer.demo());

        assertThat(council.statusCode()).as(council.body()).isEqualTo(200);
        assertThat(json(council).get("kind").asString()).isEqualTo("regiekit/family-council-agenda");
        assertThat(conference.statusCode()).as(conference.body()).isEqualTo(200);
        assertThat(json(conference).get("kind").asString()).isEqualTo("regiekit/care-conference-agenda");
        assertThat(conference.body()).contains("ROUND_TABLE", "SITUATION_STUCK");
        // Each point names who may hear it: the father's trajectory only addiction care, which has his consent.
        List<String> audience = new ArrayList<>();
        for (var point : json(conference).at("/agenda/progress")) {
            if (point.at("/point/id").asString().equals("t-addiction")) {
                point.get("audience").forEach(o -> audience.add(o.asString()));
            }
        }
        assertThat(audience).containsExactly("org-addiction-care");
        problem(server.post("/v1/agendas/care-conference?kind=PICNIC", TestServer.COORDINATOR, TestServer.demo()),
            400, "bad-request");
        problem(server.post("/v1/agendas/family-council", TestServer.PARTNER, TestServer.demo()), 403, "forbidden");
    }

    @Test
    void anAgendaDocumentValidatesAsItsKind() throws Exception {
        String agenda = server.post("/v1/agendas/family-council?date=2026-05-12", TestServer.COORDINATOR,
            TestServer.demo()).body();

        HttpResponse<String> validation = server.post("/v1/validations", TestServer.INTEGRATOR, TestServer.utf8(agenda));

        assertThat(json(validation).get("kind").asString()).isEqualTo("regiekit/family-council-agenda");
        assertThat(json(validation).get("valid").asBoolean()).as(validation.body()).isTrue();
    }

    @Test
    void signalsOfACaseFileAreWholeForTheCoordinatorAndAPartnersOwnForAPartner() throws Exception {
        byte[] file = TestServer.demoWithAPartnersOverdueAgreement();
        HttpResponse<String> whole = server.post("/v1/signals?date=2026-05-12&lang=en", TestServer.COORDINATOR, file);
        HttpResponse<String> limited = server.post("/v1/signals?date=2026-05-12&lang=en", TestServer.PARTNER, file);

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(limited.statusCode()).as(limited.body()).isEqualTo(200);
        List<String> all = subjects(json(whole).get("signals"));
        List<String> partners = subjects(json(limited).get("signals"));
        // Addiction care sees the signal about its own overdue agreement, not the one about the mother's.
        assertThat(partners).containsExactly("a-intake-addiction-care");
        assertThat(all).contains("a-post");
        assertThat(all).containsAll(partners);
        for (String withheld : all) {
            if (!partners.contains(withheld)) {
                assertThat(limited.body()).as(withheld).doesNotContain("\"" + withheld + "\"");
            }
        }
        problem(server.post("/v1/signals", TestServer.OUTSIDER, TestServer.demo()), 403, "forbidden");
        problem(server.post("/v1/signals", TestServer.INTEGRATOR, TestServer.demo()), 403, "forbidden");
    }

    @Test
    void aPartnersCareConferenceAgendaHoldsOnlyThePointsItHears() throws Exception {
        String path = "/v1/agendas/care-conference?date=2026-05-12";
        byte[] file = TestServer.demoWithAPartnersOverdueAgreement();
        HttpResponse<String> whole = server.post(path, TestServer.COORDINATOR, file);
        HttpResponse<String> limited = server.post(path, TestServer.PARTNER, file);

        assertThat(limited.statusCode()).as(limited.body()).isEqualTo(200);
        int heard = 0;
        for (String part : List.of("progress", "agreements", "signals")) {
            for (var point : json(limited).at("/agenda/" + part)) {
                assertThat(point.get("audience").toString()).contains("org-addiction-care");
                heard++;
            }
            for (var point : json(whole).at("/agenda/" + part)) {
                if (!point.get("audience").toString().contains("org-addiction-care") && point.at("/point/id").isString()) {
                    assertThat(limited.body()).doesNotContain("\"" + point.at("/point/id").asString() + "\"");
                }
            }
        }
        assertThat(heard).isPositive();
        assertThat(json(limited).at("/agenda/progress")).hasSizeLessThan(json(whole).at("/agenda/progress").size());
        for (var decision : json(limited).at("/agenda/decisions")) {
            assertThat(decision.get("audience").toString()).contains("org-addiction-care");
        }
        problem(server.post(path, TestServer.OUTSIDER, TestServer.demo()), 403, "forbidden");
        problem(server.post(path, TestServer.INTEGRATOR, TestServer.demo()), 403, "forbidden");
    }

    private static List<String> subjects(JsonNode signals) {
        List<String> subjects = new ArrayList<>();
        signals.forEach(s -> subjects.add(s.get("subject").asString()));
        return subjects;
    }

    @Test
    void theAccessLogHasTheRouteTemplateAndNoPersonalData() throws Exception {
        server.post("/v1/reports", TestServer.COORDINATOR, TestServer.demo());

        assertThat(server.accessLog).anySatisfy(line -> assertThat(line).contains("\"route\":\"/v1/reports\"")
            .contains("\"organisation\":\"org-case-management\"").contains("\"traceparent\":\"00-"));
        for (String line : server.accessLog) {
            for (String sentinel : TestServer.SENTINELS) {
                assertThat(line).doesNotContain(sentinel);
            }
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThan(400);
        }
    }
}
