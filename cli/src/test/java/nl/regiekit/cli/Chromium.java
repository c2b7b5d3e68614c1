package nl.regiekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import nl.regiekit.json.RegiekitJson;
import tools.jackson.databind.JsonNode;

/**
 * Headless Chromium for the report's browser tests: loads a page from a file URL with every host
 * name mapped to nothing and a proxy that refuses, so that no request can leave the machine, and
 * reports what the page did: its DOM after loading, its console messages, and the requests it
 * started (from Chromium's net log; the browser's own background requests, which have no initiating
 * page, are not counted).
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    /** What one load showed. */
    record Load(String dom, List<String> console, List<String> requests) {
    }

    private final Path work;

    Chromium(Path work) {
        this.work = work;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Loads {@code page} and returns its DOM, console messages and requests. */
    Load load(Path page) throws IOException, InterruptedException {
        Path netLog = work.resolve("net-log-" + page.getFileName() + ".json");
        Path dom = work.resolve("dom-" + page.getFileName());
        Path log = work.resolve("stderr-" + page.getFileName() + ".txt");
        run(List.of("--enable-logging=stderr", "--v=0", "--log-net-log=" + netLog, "--dump-dom",
            page.toUri().toString()), dom, log);
        List<String> console = Files.readAllLines(log).stream().filter(l -> l.contains(":CONSOLE")).toList();
        return new Load(Files.readString(dom), console, pageRequests(netLog));
    }

    /** Saves a screenshot of the first screen of {@code page}, A4-shaped, as PNG. */
    void screenshot(Path page, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(List.of("--hide-scrollbars", "--window-size=1240,1754", "--screenshot=" + png.toAbsolutePath(),
            page.toUri().toString()), work.resolve("screenshot.out"), work.resolve("screenshot.err"));
    }

    private void run(List<String> arguments, Path stdout, Path stderr) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
            "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
            .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within two minutes");
        }
    }

    /** The URLs of requests that a page started: a request whose initiator is an origin, such as a file page's "null". */
    private static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = RegiekitJson.mapper().readTree(netLog.toFile());
        int start = log.get("constants").get("logEventTypes").get("URL_REQUEST_START_JOB").asInt();
        List<String> requests = new ArrayList<>();
        for (JsonNode event : log.get("events")) {
            JsonNode params = event.get("params");
            if (event.get("type").asInt() == start && params != null && params.has("url")) {
                String initiator = params.has("initiator") ? params.get("initiator").asString() : "not an origin";
                if (!"not an origin".equals(initiator)) {
                    requests.add(params.get("url").asString() + " from " + initiator);
                }
            }
        }
        return requests;
    }
}
