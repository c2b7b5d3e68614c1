package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.service.Tokens;
import picocli.CommandLine;

/**
 * {@code regiekit serve}: prints a development token once and the address, answers with that token,
 * writes an access log line a request, stops when told, keeps stored case files in its embedded store
 * across a restart; refuses a token file with a token in clear.
 */
class ServeCommandTests {

    private static final Pattern READY = Pattern.compile("Ready at (http://\\S+/v1) after \\d+ ms");
    private static final Pattern TOKEN = Pattern.compile("(?m)^token: (\\S+)$");
    private static final Path DEMO = Path.of("src/test/resources/golden/demo-case-file.json");

    /** A running {@code serve} command: its output, its exit, its address. */
    private record Running(ServeCommand serve, CompletableFuture<Integer> exit, StringWriter out, String base) {
    }

    private static Running serve(String... options) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Regiekit());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
        List<String> arguments = new ArrayList<>(List.of("--lang", "en", "serve", "--port", "0"));
        arguments.addAll(List.of(options));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
            () -> commandLine.execute(arguments.toArray(String[]::new)));
        // The embedded PostgreSQL server starts first: allow it a minute on a busy machine.
        URI base = serve.ready().get(60, TimeUnit.SECONDS);
        Matcher ready = READY.matcher(out.toString());
        assertThat(ready.find()).as(out.toString()).isTrue();
        assertThat(ready.group(1)).isEqualTo(base + "/v1");
        return new Running(serve, exit, out, ready.group(1));
    }

    private static HttpRequest.Builder request(String uri, String token) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + token);
    }

    @Test
    void servesWithADevelopmentTokenPrintedOnceAndStopsWhenTold(@TempDir Path data) throws Exception {
        Running running = serve("--data", data.toString());
        Matcher token = TOKEN.matcher(running.out().toString());
        assertThat(token.find()).isTrue();
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> validation = client.send(request(running.base() + "/validations", token.group(1))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofFile(DEMO)).build(),
            HttpResponse.BodyHandlers.ofString());
        running.serve().stop();

        assertThat(validation.statusCode()).as(validation.body()).isEqualTo(200);
        assertThat(running.exit().get(60, TimeUnit.SECONDS)).isEqualTo(Regiekit.OK);
        String printed = running.out().toString();
        assertThat(printed).contains("Store: embedded PostgreSQL in " + data.toAbsolutePath())
            .contains("\"route\":\"/v1/validations\"").contains("\"organisation\":\"org-development\"")
            .contains("Stopped");
        assertThat(TOKEN.matcher(printed).results().count()).isEqualTo(1);
    }

    @Test
    void aStoredCaseFileSurvivesARestartOfTheService(@TempDir Path dir) throws Exception {
        String token = Tokens.newToken();
        Path tokens = Files.writeString(dir.resolve("tokens"), "org-development coordinator " + Tokens.hash(token)
            + "\n");
        Path data = dir.resolve("data");
        HttpClient client = HttpClient.newHttpClient();
        Running first = serve("--data", data.toString(), "--tokens", tokens.toString());
        HttpResponse<String> stored = client.send(request(first.base() + "/case-files/case-2025-017", token)
            .header("Content-Type", "application/json").header("If-None-Match", "*")
            .PUT(HttpRequest.BodyPublishers.ofFile(DEMO)).build(), HttpResponse.BodyHandlers.ofString());
        first.serve().stop();
        assertThat(first.exit().get(60, TimeUnit.SECONDS)).isEqualTo(Regiekit.OK);

        Running second = serve("--data", data.toString(), "--tokens", tokens.toString());
        HttpResponse<String> read = client.send(request(second.base() + "/case-files/case-2025-017", token).GET()
            .build(), HttpResponse.BodyHandlers.ofString());
        second.serve().stop();

        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(read.body()).contains("\"case-2025-017\"").contains("Samira");
        assertThat(second.exit().get(60, TimeUnit.SECONDS)).isEqualTo(Regiekit.OK);
    }

    @Test
    void sigtermStopsItCleanlyAndSaysSo(@TempDir Path data) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
            Regiekit.class.getName(), "--lang", "en", "serve", "--port", "0", "--data", data.toString())
            .redirectErrorStream(true).start();
        StringBuilder printed = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                printed.append(line).append('\n');
                if (READY.matcher(line).find()) {
                    process.toHandle().destroy(); // SIGTERM, leaving the output open to read to its end
                }
            }
        }

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(printed.toString()).isTrue();
        assertThat(printed.toString()).contains("Ready at").endsWith("Stopped; requests in flight were finished.\n")
            .doesNotContain("could not finish").doesNotContain("Exception");
    }

    @Test
    void refusesATokenFileWithATokenInClear(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("tokens"), "org-a coordinator " + Tokens.newToken() + "\n");
        StringWriter err = new StringWriter();

        int exit = Regiekit.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
            "--lang", "en", "serve", "--port", "0", "--tokens", file.toString());

        assertThat(exit).isEqualTo(Regiekit.USAGE);
        assertThat(err.toString()).contains("refused").contains("never in clear");
    }
}
