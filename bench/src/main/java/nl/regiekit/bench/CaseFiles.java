package nl.regiekit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import nl.regiekit.json.RegiekitJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Case files (dossiers) of a chosen size for the benchmarks, grown from the demo case file.
 * The demo case file ({@code demo-case-file.json} next to this class, as written by
 * {@code regiekit demo}) is read as a tree and grown by rounds of one more involved
 * organisation (betrokken instantie), a granted consent (toestemming) for it and an information
 * exchange (informatie-uitwisseling) with it that the consent covers, so the grown document
 * stays valid. Documents are written with {@link RegiekitJson#mapper()}, indented like the
 * files the CLI writes. Whether a grown document is valid is checked by its users (the
 * benchmark's setup), not here. Stateless and thread-safe.
 */
public final class CaseFiles {

    /** The demo case file, a class-path resource next to this class. */
    static final String DEMO_RESOURCE = "demo-case-file.json";

    /** The current demo case file: the CLI's golden file, copied next to this class by the build. */
    static final String CURRENT_RESOURCE = "current/demo-case-file.json";

    /** Fictional given names of the relatives added to the current demo case file. */
    private static final List<String> GIVEN_NAMES = List.of("Fatima", "Henk", "Yasmina", "Kees", "Aylin", "Joost",
        "Mirjam", "Rachid", "Ingrid", "Bram");

    /** Fictional organisations for the added rounds. */
    private static final List<String> ORGANISATIONS = List.of(
        "Wijkteam Zuid", "GGZ Noord Ambulant", "Woningcorporatie Thuisbasis", "Reclassering Regio Noord",
        "Leerplicht Gemeente", "Consultatiebureau De Linde", "Maatschappelijke Opvang Noord",
        "Jongerenwerk Buurthuis De Brug", "Thuisbegeleiding Samen Verder", "Voedselbank Noord");

    /** Pairs of life domains of the active case management catalogue for the added rounds. */
    private static final List<List<String>> DOMAINS = List.of(
        List.of("housing", "financial-situation"), List.of("well-being", "relationships"),
        List.of("children", "daytime-activities"), List.of("network", "social-self-reliance"),
        List.of("household-care", "personal-care"), List.of("justice", "integration"));

    private CaseFiles() {
    }

    /**
     * The demo case file as bytes (UTF-8 JSON), about 6 KB.
     *
     * @throws IllegalStateException if the resource is missing from the jar
     */
    public static byte[] demo() {
        return resource(DEMO_RESOURCE);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CaseFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A case file grown from the demo case file to about {@code targetBytes}: the result is
     * within half a round (about 450 bytes) of the target, or the demo case file itself if that
     * is already larger.
     *
     * @param targetBytes the size to reach, in bytes
     * @return the document as UTF-8 JSON; never null
     * @throws IllegalArgumentException if {@code targetBytes} is below 1
     */
    public static byte[] ofSize(int targetBytes) {
        if (targetBytes < 1) {
            throw new IllegalArgumentException("targetBytes must be 1 or more: " + targetBytes);
        }
        JsonMapper mapper = RegiekitJson.mapper();
        ObjectNode root = (ObjectNode) mapper.readTree(demo());
        byte[] bytes = mapper.writeValueAsBytes(root);
        for (int round = 1; bytes.length < targetBytes; round++) {
            ObjectNode grown = root.deepCopy();
            addRound((ObjectNode) grown.get("case"), round);
            byte[] next = mapper.writeValueAsBytes(grown);
            // Stop at whichever of the two sizes is nearer the target.
            if (next.length - targetBytes > targetBytes - bytes.length) {
                break;
            }
            root = grown;
            bytes = next;
        }
        return bytes;
    }

    /**
     * The current demo case file as bytes (UTF-8 JSON, about 45 KB): the CLI's golden
     * {@code demo-case-file.json}, copied into the jar by the build, with a case, a help plan with
     * goals, trajectories and agreements, balance assessments, self-reliance scores, a genogram,
     * sociogram and ecogram, and meetings.
     *
     * @throws IllegalStateException if the resource is missing from the jar
     */
    public static byte[] current() {
        return resource(CURRENT_RESOURCE);
    }

    /**
     * The current demo case file ({@link #current()}) grown to about {@code targetBytes}, with the
     * content of a case that has run for a long time: each round adds a relative to the family and
     * the genogram, an involved organisation with a consent and an exchange (as {@link #ofSize}),
     * a consent the relative gives, a goal with a trajectory and a kept agreement in the plan's
     * current version, a balance assessment, and a family council. The result is at most one round
     * (about 3.5 KB) over the target, or the demo case file itself if that is already larger. Whether
     * it is valid is checked by its users.
     *
     * @param targetBytes the size to reach, in bytes
     * @return the document as UTF-8 JSON; never null
     * @throws IllegalArgumentException if {@code targetBytes} is below 1
     */
    public static byte[] currentOfSize(int targetBytes) {
        if (targetBytes < 1) {
            throw new IllegalArgumentException("targetBytes must be 1 or more: " + targetBytes);
        }
        JsonMapper mapper = RegiekitJson.mapper();
        ObjectNode root = (ObjectNode) mapper.readTree(current());
        byte[] bytes = mapper.writeValueAsBytes(root);
        int start = bytes.length;
        int round = 0;
        int perRound = 0;
        while (bytes.length < targetBytes) {
            // Serialising after every round would make growing to 2 MB quadratic: add about half of the
            // rounds still missing at once, measured by the size of the rounds so far.
            int rounds = perRound == 0 ? 1 : Math.max(1, (targetBytes - bytes.length) / perRound / 2);
            for (int i = 0; i < rounds; i++) {
                addCurrentRound(root, ++round);
            }
            byte[] next = mapper.writeValueAsBytes(root);
            perRound = Math.max(1, (next.length - start) / round);
            bytes = next;
        }
        return bytes;
    }

    /**
     * {@code document} with one error late in it: the last decision of its last care conference made
     * longer than the 4,000 characters a decision may have. A constraint the schema holds too; the
     * document binds, and the quick path states the one violation as the schema would.
     *
     * @param document a case file with a care conference that records a decision
     * @return the document with the error, as UTF-8 JSON; never null
     * @throws IllegalArgumentException if the document has no care conference with a decision
     */
    public static byte[] withLateError(byte[] document) {
        return withLastConference(document, conference -> {
            ArrayNode decisions = (ArrayNode) conference.get("decisions");
            int last = decisions.size() - 1;
            decisions.set(last, decisions.get(last).asString() + " " + "Toelichting volgt. ".repeat(220));
        });
    }

    /**
     * {@code document} with one error of another kind late in it: a property no schema knows
     * ({@code remark}) in its last care conference. Binding refuses it, so the document takes the
     * pipeline's full path (tree and schema), and is refused at its end.
     *
     * @param document a case file with a care conference that records a decision
     * @return the document with the error, as UTF-8 JSON; never null
     * @throws IllegalArgumentException if the document has no care conference with a decision
     */
    public static byte[] withLateUnknownField(byte[] document) {
        return withLastConference(document, conference -> conference.put("remark", "Toelichting volgt."));
    }

    /** The document with its last care conference (one that records a decision) edited. */
    private static byte[] withLastConference(byte[] document, Consumer<ObjectNode> edit) {
        JsonMapper mapper = RegiekitJson.mapper();
        ObjectNode root = (ObjectNode) mapper.readTree(document);
        JsonNode conferences = root.path("meetings").path("careConferences");
        if (conferences.isEmpty() || conferences.get(conferences.size() - 1).path("decisions").isEmpty()) {
            throw new IllegalArgumentException("the document has no care conference with a decision");
        }
        edit.accept((ObjectNode) conferences.get(conferences.size() - 1));
        return mapper.writeValueAsBytes(root);
    }

    /** Adds one organisation, a consent for it and an exchange with it. */
    private static void addRound(ObjectNode subject, int round) {
        String organisationId = String.format("org-bench-%03d", round);
        List<String> domains = DOMAINS.get(round % DOMAINS.size());

        ObjectNode organisation = ((ArrayNode) subject.get("organisations")).addObject();
        organisation.put("id", organisationId);
        organisation.put("name", ORGANISATIONS.get(round % ORGANISATIONS.size()) + ", team " + round);
        organisation.put("contact", "J. de Vries");
        organisation.put("reason", "Ondersteuning van het gezin bij " + String.join(" en ", domains));
        ArrayNode members = organisation.putArray("members");
        members.add("p-mother");
        members.add(round % 2 == 0 ? "p-son" : "p-daughter");
        ArrayNode organisationDomains = organisation.putArray("domains");
        domains.forEach(organisationDomains::add);
        organisation.put("since", String.format("2025-%02d-01", 1 + round % 9));

        ObjectNode consent = ((ArrayNode) subject.get("consents")).addObject();
        consent.put("id", String.format("c-bench-%03d", round));
        consent.put("organisation", organisationId);
        consent.put("givenBy", "p-mother");
        consent.putObject("scope");
        consent.put("basis", "CONSENT");
        ObjectNode change = consent.putArray("changes").addObject();
        change.put("date", "2025-10-20");
        change.put("status", "GRANTED");

        ObjectNode exchange = ((ArrayNode) subject.get("exchanges")).addObject();
        exchange.put("date", String.format("2025-11-%02d", 1 + round % 28));
        exchange.put("organisation", organisationId);
        ArrayNode about = exchange.putArray("about");
        about.add("p-mother");
        ArrayNode exchangeDomains = exchange.putArray("domains");
        domains.forEach(exchangeDomains::add);
    }

    /**
     * Adds one round to the current demo case file: a relative (a member of the wider family, drawn in
     * the genogram), an organisation with a consent and an exchange ({@link #addRound}), the
     * relative's own consent for that organisation, a goal, trajectory and kept agreement of that
     * organisation in the plan's current version, a balance assessment and a family council.
     */
    private static void addCurrentRound(ObjectNode root, int round) {
        ObjectNode subject = (ObjectNode) root.get("case");
        String suffix = String.format("-b%04d", round);
        String relative = "p-relative" + suffix;
        String given = GIVEN_NAMES.get(round % GIVEN_NAMES.size());
        int born = 1950 + round % 40;
        boolean female = round % 2 == 0;

        ObjectNode member = ((ArrayNode) subject.get("family").get("members")).addObject();
        ObjectNode person = member.putObject("person");
        person.put("id", relative);
        person.putObject("name").put("given", given).put("family", "Bakker");
        person.put("birthDate", String.format("%d-%02d-%02d", born, 1 + round % 12, 1 + round % 28));
        person.put("gender", female ? "FEMALE" : "MALE");
        member.put("role", "EXTENDED_FAMILY");
        ObjectNode drawn = ((ArrayNode) root.get("genogram").get("people")).addObject();
        drawn.put("id", relative);
        drawn.putObject("name").put("given", given).put("family", "Bakker");
        drawn.put("gender", female ? "FEMALE" : "MALE");
        drawn.put("birthYear", born);
        drawn.put("deceased", false);

        addRound(subject, round);
        ArrayNode organisations = (ArrayNode) subject.get("organisations");
        ObjectNode organisation = (ObjectNode) organisations.get(organisations.size() - 1);
        String organisationId = organisation.get("id").asString();
        ((ArrayNode) organisation.get("members")).add(relative);
        ObjectNode consent = ((ArrayNode) subject.get("consents")).addObject();
        consent.put("id", "c-relative" + suffix);
        consent.put("organisation", organisationId);
        consent.put("givenBy", relative);
        consent.putObject("scope").putArray("about").add(relative);
        consent.put("basis", "CONSENT");
        consent.putArray("changes").addObject().put("date", "2025-10-21").put("status", "GRANTED");

        ArrayNode versions = (ArrayNode) root.get("plans").get(0).get("versions");
        ObjectNode content = (ObjectNode) versions.get(versions.size() - 1).get("content");
        String domain = organisation.get("domains").get(0).asString();
        String goalId = "g-support" + suffix;
        ObjectNode goal = ((ArrayNode) content.get("goals")).addObject();
        goal.put("id", goalId);
        goal.put("title", given + " ondersteunt het gezin");
        goal.put("term", "LONG_TERM");
        goal.putArray("members").add(relative);
        goal.putArray("domains").add(domain);
        goal.put("source", "FAMILY");
        ObjectNode smart = goal.putObject("smart");
        smart.put("outcome", given + " helpt moeder elke week");
        smart.put("indicator", "Vier keer per maand hulp volgens het weekschema");
        smart.put("achievable", given + " woont in de buurt en wil helpen");
        smart.put("relevant", "Moeder staat er minder alleen voor");
        smart.put("targetDate", "2026-09-01");
        goal.put("status", "IN_PROGRESS");
        goal.putObject("responsible").put("organisation", organisationId);
        goal.put("contributor", organisationId);
        ObjectNode trajectory = ((ArrayNode) content.get("trajectories")).addObject();
        trajectory.put("id", "t-support" + suffix);
        trajectory.put("member", relative);
        trajectory.put("domain", domain);
        trajectory.put("provider", organisationId);
        trajectory.put("start", "2025-11-03");
        trajectory.put("status", "RUNNING");
        trajectory.putArray("goals").add(goalId);
        ObjectNode agreement = ((ArrayNode) content.get("agreements")).addObject();
        agreement.put("id", "a-support" + suffix);
        agreement.putObject("who").put("organisation", organisationId);
        agreement.put("what", "Het eerste gesprek met moeder en " + given + " is gevoerd");
        agreement.put("due", "2026-01-20");
        agreement.put("source", "CARE_CONFERENCE");
        agreement.put("made", "2026-01-08");
        agreement.put("status", "KEPT");

        ObjectNode assessment = (ObjectNode) root.get("assessments").get(round % root.get("assessments").size()).deepCopy();
        assessment.put("id", "bal" + suffix);
        ((ArrayNode) root.get("assessments")).add(assessment);

        ArrayNode councils = (ArrayNode) root.get("meetings").get("familyCouncils");
        ObjectNode council = (ObjectNode) councils.get(0).deepCopy();
        council.put("id", "m-council" + suffix);
        council.putArray("agreements");
        councils.add(council);
    }

    /**
     * Writes a grown case file, for the CLI start-up measurement and for looking at what the
     * benchmarks read. Arguments: the output file and, optionally, the size in KB (default 20).
     *
     * @param args {@code OUT [KB]}
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java -cp bench/target/benchmarks.jar " + CaseFiles.class.getName()
                + " OUT [KB]");
            System.exit(2);
            return;
        }
        int kb = args.length == 2 ? Integer.parseInt(args[1]) : 20;
        byte[] bytes = ofSize(kb * 1024);
        Path out = Path.of(args[0]);
        Files.write(out, bytes);
        System.out.println("wrote " + bytes.length + " bytes to " + out);
    }
}
