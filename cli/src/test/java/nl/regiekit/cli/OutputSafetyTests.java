package nl.regiekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No command destroys a file: every command with every output option, pointed at its own input,
 * at a symbolic link, into a read-only folder and (for a file option) into a missing folder, ends
 * with exit code 2 and one line on standard error, no stack trace, and leaves the input, the
 * link's target and the folders as they were. An {@code --out} folder that is missing is made.
 */
class OutputSafetyTests {

    @TempDir
    Path dir;

    private Path input;
    private byte[] inputBytes;
    private Path victim;
    private Path readOnly;
    private Path missing;

    @BeforeEach
    void prepare() throws IOException {
        Path demo = dir.resolve("demo");
        assertThat(Regiekit.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "demo",
            "--out", demo.toString())).isZero();
        input = Files.createDirectories(dir.resolve("in")).resolve("report.html");
        Files.copy(demo.resolve("case-file.json"), input);
        inputBytes = Files.readAllBytes(input);
        victim = dir.resolve("victim.txt");
        Files.writeString(victim, "the user's own file", StandardCharsets.UTF_8);
        missing = dir.resolve("missing/sub");
        readOnly = Files.createDirectory(dir.resolve("read-only"));
        makeReadOnly(readOnly);
    }

    @AfterEach
    void writable() throws IOException, InterruptedException {
        if (Files.exists(readOnly)) {
            new ProcessBuilder("chattr", "-i", readOnly.toString()).start().waitFor();
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /**
     * Makes a folder read-only: by its permissions, and where they do not bind (a process running as
     * root), by the file system's immutable attribute.
     */
    private static void makeReadOnly(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-x------"));
        if (canWrite(folder)) {
            try {
                new ProcessBuilder("chattr", "+i", folder.toString()).start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(canWrite(folder)).as("the test's folder is read-only").isFalse();
    }

    private static boolean canWrite(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A command line with its output option pointed at {@code target}: the file, or for --out the folder. */
    private record Case(String name, List<String> args) {
    }

    private List<Case> cases() throws IOException {
        String in = input.toString();
        Path link = dir.resolve("link.svg");
        Files.createSymbolicLink(link, victim);
        Path linkFolder = Files.createDirectories(dir.resolve("linked"));
        Files.createSymbolicLink(linkFolder.resolve("report.html"), victim);
        Files.createSymbolicLink(linkFolder.resolve("report.en.html"), victim);
        Files.createSymbolicLink(linkFolder.resolve("case-file.json"), victim);
        Path existing = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(existing.resolve("case-file.json"), "the user's own case file", StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        Map<String, List<String>> fileOptions = Map.of(
            "genogram --svg", List.of("genogram", in, "--svg"),
            "genogram --dot", List.of("genogram", in, "--svg", dir.resolve("fine.svg").toString(), "--dot"),
            "sociogram --svg", List.of("sociogram", in, "--svg"),
            "ecogram --svg", List.of("ecogram", in, "--svg"),
            "balance --svg", List.of("balance", in, "--svg"));
        fileOptions.forEach((name, command) -> {
            cases.add(new Case(name + " at its input", with(command, in, "--force")));
            cases.add(new Case(name + " at a symbolic link", with(command, link.toString(), "--force")));
            cases.add(new Case(name + " into a read-only folder", with(command, readOnly.resolve("x.svg").toString())));
            cases.add(new Case(name + " into a missing folder", with(command, missing.resolve("x.svg").toString())));
        });
        List<String> report = List.of("report", in, "--out");
        // The Dutch report is report.html, the input's name; the English one would be report.en.html.
        cases.add(new Case("report --out at its input's folder", with(report, input.getParent().toString(), "--force",
            "--lang", "nl")));
        cases.add(new Case("report --out at a symbolic link", with(report, linkFolder.toString(), "--force")));
        cases.add(new Case("report --out at its input", with(report, in)));
        cases.add(new Case("report --out a read-only folder", with(report, readOnly.toString())));
        List<String> demo = List.of("demo", "--out");
        cases.add(new Case("demo --out over an existing case file", with(demo, existing.toString())));
        cases.add(new Case("demo --out at a symbolic link", with(demo, linkFolder.toString(), "--force")));
        cases.add(new Case("demo --out at its input", with(demo, in)));
        cases.add(new Case("demo --out a read-only folder", with(demo, readOnly.toString())));
        cases.add(new Case("genogram --svg and --dot at one file", List.of("genogram", in, "--svg",
            dir.resolve("same").toString(), "--dot", dir.resolve("./same").toString())));
        return cases;
    }

    private static List<String> with(List<String> command, String target, String... more) {
        List<String> args = new ArrayList<>(command);
        args.add(target);
        args.addAll(List.of(more));
        return args;
    }

    @Test
    void refusesEveryDestructiveOutputWithOneLineAndExitTwo() throws IOException {
        List<Case> cases = cases();
        for (String lang : List.of("nl", "en")) {
            for (Case c : cases) {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                List<String> args = new ArrayList<>(c.args());
                if (!args.contains("--lang")) {
                    args.addAll(List.of("--lang", lang));
                }

                int exit = Regiekit.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));

                String what = c.name() + " (" + lang + "): " + err;
                assertThat(exit).as(what).isEqualTo(Regiekit.USAGE);
                assertThat(err.toString().strip()).as(what).isNotEmpty().doesNotContain("\n");
                assertThat(out + err.toString()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(Files.readAllBytes(input)).as(what).isEqualTo(inputBytes);
                assertThat(Files.readString(victim)).as(what).isEqualTo("the user's own file");
                assertThat(Files.readString(dir.resolve("existing/case-file.json"))).as(what)
                    .isEqualTo("the user's own case file");
                assertThat(Files.exists(dir.resolve("missing"))).as(what).isFalse();
                try (Stream<Path> left = Files.list(readOnly)) {
                    assertThat(left).as(what).isEmpty();
                }
                try (Stream<Path> left = Files.list(input.getParent())) {
                    assertThat(left).as(what).containsExactly(input);
                }
            }
        }
        assertThat(cases).hasSize(29);
    }

    @Test
    void makesAMissingOutFolderWithTheFoldersAboveIt() {
        int demo = Regiekit.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "demo",
            "--out", missing.resolve("demo").toString());
        int report = Regiekit.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "report",
            input.toString(), "--out", missing.resolve("report").toString());

        assertThat(demo).isZero();
        assertThat(report).isZero();
        assertThat(missing.resolve("demo/case-file.json")).exists();
        assertThat(missing.resolve("report/report.html")).exists();
    }

    @Test
    void replacesAnOutputThatIsNoInputOnlyWithForce() throws IOException {
        Path svg = dir.resolve("genogram.svg");
        Files.writeString(svg, "an older picture", StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();

        int refused = Regiekit.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "genogram",
            input.toString(), "--svg", svg.toString(), "--lang", "en");
        int forced = Regiekit.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "genogram",
            input.toString(), "--svg", svg.toString(), "--force");

        assertThat(refused).isEqualTo(Regiekit.USAGE);
        assertThat(err.toString().strip()).isEqualTo(svg + ": already exists; use --force to replace it. Nothing was "
            + "written");
        assertThat(forced).isEqualTo(Regiekit.OK);
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void listsAnUnreadableFileInTheJsonOutputWithItsReason() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Regiekit.run(new PrintWriter(out, true), new PrintWriter(err, true), "validate", "--format", "json",
            "--lang", "en", input.toString(), dir.resolve("nowhere.json").toString());

        JsonNode files = JsonMapper.builder().build().readTree(out.toString()).get("files");
        assertThat(exit).isEqualTo(Regiekit.USAGE);
        assertThat(files).hasSize(2);
        assertThat(files.get(1).get("file").asString()).endsWith("nowhere.json");
        assertThat(files.get(1).get("valid").asBoolean()).isFalse();
        assertThat(files.get(1).get("unreadable").asString()).isEqualTo("does not exist");
        assertThat(err.toString().strip()).endsWith("nowhere.json: cannot be read (does not exist)");
    }

    @Test
    void refusesAnIdentifierThatIsNoneInOneLine() {
        for (List<String> args : List.of(List.of("report", input.toString(), "--out", dir.toString(), "--for", "no id!"),
            List.of("plan", "view", input.toString(), "--organisation", "no id!"))) {
            StringWriter err = new StringWriter();
            List<String> all = new ArrayList<>(args);
            all.addAll(List.of("--lang", "en"));

            int exit = Regiekit.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                all.toArray(String[]::new));

            assertThat(exit).as(args.toString()).isEqualTo(Regiekit.USAGE);
            assertThat(err.toString().strip()).as(args.toString()).startsWith("The value of --").doesNotContain("\n")
                .doesNotContain("Exception");
        }
    }
}
