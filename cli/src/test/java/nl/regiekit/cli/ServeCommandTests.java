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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.regiekit.json.RegiekitJson;
import nl.regiekit.service.Tokens;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * {@code regiekit serve}: prints a development token once and the address, answers with that token,
 * writes an access log line a request, stops when told, keeps stored case files in its embedded store
 * across a restart and across being killed during writes; refuses a token file with a token in clear.
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
        List<String> arguments = new ArrayList<>(List.of("--lang", "en", "serve", "--port", "0"));
        arguments.addAll(List.of(options));
        CommandLine commandLine = Regiekit.commandLine(arguments.toArray(String[]::new));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
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

    /** A {@code serve} command in a JVM of its own, as an operator starts it, with everything it prints. */
    private record ServeProcess(Process process, StringBuffer printed, Thread reader, CompletableFuture<String> base) {

        static ServeProcess start(String... options) throws Exception {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Regiekit.class.getName(), "--lang", "en", "serve", "--port", "0"));
            command.addAll(List.of(options));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            StringBuffer printed = new StringBuffer();
            CompletableFuture<String> base = new CompletableFuture<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        printed.append(line).append('\n');
                        Matcher ready = READY.matcher(line);
                        if (ready.find()) {
                            base.complete(ready.group(1));
                        }
                    }
                } catch (java.io.IOException e) {
                    // The process was killed: what it printed is kept.
                }
                base.completeExceptionally(new IllegalStateException("serve ended before it was ready"));
            });
            reader.start();
            return new ServeProcess(process, printed, reader, base);
        }

        /** The address once ready; the embedded PostgreSQL server starts first, so allow a minute. */
        String ready() throws Exception {
            return base.get(60, TimeUnit.SECONDS);
        }

        /** Sends SIGTERM and waits for the process to end and its output to be read; whether it ended. */
        boolean stop() throws Exception {
            process.toHandle().destroy();
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            reader.join(TimeUnit.SECONDS.toMillis(10));
            return ended;
        }

        /**
         * Kills the JVM and the embedded PostgreSQL server it started (found by its {@code postmaster.pid}
         * under {@code data}), all at once and without warning, as a power failure would.
         */
        void kill(Path data) throws Exception {
            List<ProcessHandle> all = new ArrayList<>(List.of(process.toHandle()));
            all.addAll(process.descendants().toList());
            try (var files = Files.walk(data)) {
                for (Path pid : files.filter(f -> f.getFileName().toString().equals("postmaster.pid")).toList()) {
                    ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).trim())).ifPresent(postmaster -> {
                        all.add(postmaster);
                        all.addAll(postmaster.descendants().toList());
                    });
                }
            }
            all.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle handle : all) {
                handle.onExit().get(1, TimeUnit.MINUTES);
            }
        }
    }

    @Test
    void sigtermStopsItCleanlyAndSaysSo(@TempDir Path data) throws Exception {
        ServeProcess serve = ServeProcess.start("--data", data.toString());
        serve.ready();

        assertThat(serve.stop()).as(serve.printed().toString()).isTrue();
        assertThat(serve.printed().toString()).contains("Ready at")
            .endsWith("Stopped; requests in flight were finished.\n")
            .doesNotContain("could not finish").doesNotContain("Exception");
    }

    @Test
    void killedDuringWritesItHoldsTheLastAcknowledgedVersionOrTheOneInFlightAfterARestart(@TempDir Path dir)
            throws Exception {
        String token = Tokens.newToken();
        String[] options = {"--data", dir.resolve("data").toString(), "--tokens",
            Files.writeString(dir.resolve("tokens"), "org-development coordinator " + Tokens.hash(token) + "\n")
                .toString()};
        HttpClient client = HttpClient.newHttpClient();
        ServeProcess first = ServeProcess.start(options);
        String path = first.ready() + "/case-files/case-2025-017";
        assertThat(put(client, path, token, 1, "If-None-Match", "*").statusCode()).isEqualTo(201);
        AtomicLong acknowledged = new AtomicLong(1);
        CountDownLatch enough = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                for (long version = 1; ; version++) {
                    HttpResponse<String> saved = put(client, path, token, version + 1, "If-Match",
                        "\"" + version + "\"");
                    if (saved.statusCode() != 200) {
                        return;
                    }
                    acknowledged.set(version + 1);
                    if (version + 1 == 10) {
                        enough.countDown();
                    }
                }
            } catch (java.io.IOException | InterruptedException e) {
                // The service died under the write: what it holds is read after the restart.
            }
        });
        writer.start();
        assertThat(enough.await(3, TimeUnit.MINUTES)).as(first.printed().toString()).isTrue();
        first.kill(dir.resolve("data"));
        writer.join(TimeUnit.MINUTES.toMillis(1));
        assertThat(writer.isAlive()).isFalse();
        long last = acknowledged.get();

        ServeProcess second = ServeProcess.start(options);
        String restarted = second.ready() + "/case-files/case-2025-017";
        HttpResponse<String> read = client.send(request(restarted, token).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> versions = client.send(request(restarted + "/versions", token).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(second.stop()).isTrue();

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        long held = Long.parseLong(read.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
        assertThat(held).isBetween(last, last + 1);
        assertThat(read.body()).contains(caseManager(held) + "\"");
        JsonNode history = RegiekitJson.mapper().readTree(versions.body()).get("versions");
        assertThat(history.size()).as(versions.body()).isEqualTo(held);
        assertThat(history.get(history.size() - 1).get("version").asLong()).isEqualTo(held);
    }

    /** The demo with its case manager named after {@code version}, so that a read shows which was held. */
    private static String caseManager(long version) {
        return "Inge Jansen " + version;
    }

    private static HttpResponse<String> put(HttpClient client, String uri, String token, long version,
                                            String condition, String value)
            throws java.io.IOException, InterruptedException {
        String body = Files.readString(DEMO).replace("\"Inge Jansen\"", "\"" + caseManager(version) + "\"");
        return client.send(request(uri, token).header("Content-Type", "application/json").header(condition, value)
            .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
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
