package nl.regiekit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.regiekit.json.RegiekitJson;
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
        try (InputStream in = CaseFiles.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + DEMO_RESOURCE);
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
