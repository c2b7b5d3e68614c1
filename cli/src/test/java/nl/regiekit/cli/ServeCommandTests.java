package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * writes an access log line a request, stops when told; refuses a token file with a token in clear.
 */
class ServeCommandTests {

    private static final Pattern READY = Pattern.compile("Ready at (http://\\S+/v1) after \\d+ ms");
    private static final Pattern TOKEN = Pattern.compile("(?m)^token: (\\S+)$");

    @Test
    void servesWithADevelopmentTokenPrintedOnceAndStopsWhenTold() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new Regiekit());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        ServeCommand serve = commandLine.getSubcommands().get("serve").getCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(
            () -> commandLine.execute("--lang", "en", "serve", "--port", "0"));
        Matcher ready = READY.matcher("");
        for (int i = 0; i < 600 && !ready.reset(out.toString()).find(); i++) {
            Thread.sleep(50);
        }
        assertThat(ready.find(0)).as(out.toString()).isTrue();
        Matcher token = TOKEN.matcher(out.toString());
        assertThat(token.find()).isTrue();
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> validation = client.send(HttpRequest.newBuilder(URI.create(ready.group(1) + "/validations"))
            .header("Authorization", "Bearer " + token.group(1)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofFile(Path.of("src/test/resources/golden/demo-case-file.json"))).build(),
            HttpResponse.BodyHandlers.ofString());
        serve.stop();

        assertThat(validation.statusCode()).as(validation.body()).isEqualTo(200);
        assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(Regiekit.OK);
        String printed = out.toString();
        assertThat(printed).contains("Store: in memory").contains("\"route\":\"/v1/validations\"")
            .contains("\"organisation\":\"org-development\"").contains("Stopped");
        assertThat(TOKEN.matcher(printed).results().count()).isEqualTo(1);
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
