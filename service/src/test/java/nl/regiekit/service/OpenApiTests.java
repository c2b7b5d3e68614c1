package nl.regiekit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.regiekit.json.DocumentKind;
import nl.regiekit.json.RegiekitJson;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description and the server agree: every operation the server answers is described
 * and every described one answered, with a token exactly where the description asks for one, and
 * every schema it references is served. The description is laid out with those schemas under
 * {@code target/openapi} for Spectral, which {@code .ci/run} runs on it.
 */
class OpenApiTests {

    private static TestServer server;
    private static JsonNode description;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer();
        try (InputStream in = OpenApiTests.class.getResourceAsStream("/nl/regiekit/service/openapi.json")) {
            description = RegiekitJson.mapper().readTree(in);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String[]> described() {
        List<String[]> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : description.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(new String[] {method.getKey().toUpperCase(Locale.ROOT), "/v1" + path.getKey(),
                    String.valueOf(method.getValue().has("security"))});
            }
        }
        return operations;
    }

    @Test
    void everyOperationAnsweredIsDescribedAndTheOtherWayRound() {
        Set<String> inDescription = new TreeSet<>();
        described().forEach(op -> inDescription.add(op[0] + " " + op[1]));

        assertThat(new TreeSet<>(server.service.operations())).isEqualTo(inDescription);
        assertThat(description.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(description.get("servers").get(0).get("url").asString()).isEqualTo("/v1");
    }

    @Test
    void anOperationNeedsATokenExactlyWhereTheDescriptionSaysSo() throws Exception {
        for (String[] op : described()) {
            String path = op[1].replace("{kind}", "case-file").replace("{picture}", "genogram")
                .replace("{caseId}", "case-2025-017").replace("{version}", "1");
            HttpRequest request = server.request(path, null).header("Content-Type", "application/json")
                .method(op[0], HttpRequest.BodyPublishers.ofString("{}")).build();
            int status = server.client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();

            boolean isPublic = Boolean.parseBoolean(op[2]);
            assertThat(status == 401).as("%s %s answered %s", op[0], op[1], status).isEqualTo(!isPublic);
        }
    }

    @Test
    void everyReferencedSchemaIsServedAndLaidOutForTheLinter() throws Exception {
        Set<String> kinds = new TreeSet<>();
        collectKinds(description, kinds);
        Path out = Path.of("target/openapi");
        Files.createDirectories(out.resolve("schemas"));
        try (InputStream in = OpenApiTests.class.getResourceAsStream("/nl/regiekit/service/openapi.json")) {
            Files.write(out.resolve("openapi.json"), in.readAllBytes());
        }

        assertThat(kinds).hasSize(DocumentKind.values().length);
        for (String kind : kinds) {
            HttpResponse<byte[]> schema = server.client.send(server.request("/v1/" + kind, TestServer.INTEGRATOR)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(schema.statusCode()).as(kind).isEqualTo(200);
            Files.write(out.resolve(kind), schema.body());
        }
    }

    private static void collectKinds(JsonNode node, Set<String> kinds) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.asString().startsWith("schemas/")) {
                kinds.add(ref.asString());
            }
        }
        for (JsonNode child : node) {
            collectKinds(child, kinds);
        }
    }
}
