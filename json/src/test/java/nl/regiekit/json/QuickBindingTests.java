package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.Relative;
import nl.regiekit.json.internal.Peek;
import nl.regiekit.json.internal.QuickBinding;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The quick path's own binding ({@link QuickBinding}) against databind's, the full path's: on every document
 * the json and cli tests hold (the files, one seed of every kind, generated case files and balance documents,
 * and every single-node edit of the seeds) it either refuses or binds a model equal to databind's, and it binds
 * every valid one, so that the quick path is not silently left for the full path. {@code RobustnessTests} holds
 * it to the same on its mutants.
 */
class QuickBindingTests {

    private static final Validation STRICT = Validation.defaults();
    private static final JsonMapper MAPPER = RegiekitJson.mapper();
    private static final int GENERATED = 40;

    /** Every JSON file of the json module's and the command line's test resources, by path. */
    private static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../cli/src/test/resources"))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    files.put(path.toString(), Files.readAllBytes(path));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The files, a seed of every kind, generated case files and balance documents. */
    private static Map<String, byte[]> documents() {
        Map<String, byte[]> documents = new LinkedHashMap<>(files());
        QuickPathSweepTests.seeds().forEach((kind, tree) -> documents.put("seed " + kind, SampleDocuments.bytes(tree)));
        CaseFileGenerator cases = new CaseFileGenerator(19L);
        BalanceDocumentGenerator balance = new BalanceDocumentGenerator(19L);
        for (int i = 0; i < GENERATED; i++) {
            documents.put("generated case file " + i, MAPPER.writeValueAsBytes(cases.nextCaseFile()));
            documents.put("generated balance case file " + i, MAPPER.writeValueAsBytes(balance.nextCaseFile()));
        }
        return documents;
    }

    @Test
    void bindsEveryValidDocumentToDatabindsModelAndNoOtherOtherwise() {
        List<String> valid = new ArrayList<>();
        List<String> notBound = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        documents().forEach((name, bytes) -> {
            QuickBound.disagreement(bytes).ifPresent(d -> disagreements.add(name + ": " + d));
            if (STRICT.validateFully(bytes).isValid()) {
                valid.add(name);
                if (QuickBound.bind(bytes).isEmpty()) {
                    notBound.add(name);
                } else {
                    kinds.add(Peek.envelope(MAPPER, bytes).orElseThrow().kind());
                }
            }
        });

        assertThat(disagreements).isEmpty();
        assertThat(notBound).isEmpty();
        assertThat(valid).hasSizeGreaterThan(2 * GENERATED + DocumentKind.values().length)
            .contains("../cli/src/test/resources/golden/demo-case-file.json");
        assertThat(kinds).containsExactlyInAnyOrder(DocumentKind.values());
    }

    @Test
    void bindsNoEditOfAnyNodeOtherwiseThanDatabind() {
        List<String> disagreements = new ArrayList<>();
        int[] bound = {0, 0};
        QuickPathSweepTests.forEachEdit(1, edit -> {
            byte[] bytes = SampleDocuments.bytes(edit.document());
            bound[0]++;
            QuickBound.disagreement(bytes).ifPresent(d -> disagreements.add(edit + ": " + d));
            if (QuickBound.bind(bytes).isPresent()) {
                bound[1]++;
            }
        });

        assertThat(disagreements).isEmpty();
        // Some edits leave a document the binding takes (a text changed, an optional value removed), most not.
        assertThat(bound[1]).isPositive().isLessThan(bound[0]);
    }

    @Test
    void bindsReferencesWithTheFieldsTheyGiveWhetherTheyComeBeforeOrAfterWhatTheyReferTo() {
        ObjectNode asWritten = ReferencesTests.handWritten();
        // The plans before the meetings they refer to, the genogram after the family: as the library writes them.
        assertThat(List.copyOf(asWritten.propertyNames()))
            .containsSubsequence("case", "plans", "meetings", "genogram");
        ObjectNode referentsLast = reordered(asWritten, List.of("kind", "schemaVersion", "genogram", "case"));
        ObjectNode referentsFirst = reordered(asWritten, List.of("kind", "schemaVersion", "meetings", "case"));

        for (ObjectNode document : List.of(asWritten, referentsLast, referentsFirst)) {
            byte[] bytes = SampleDocuments.bytes(document);
            CaseFile bound = (CaseFile) QuickBound.bind(bytes).orElseThrow();

            assertThat(QuickBound.disagreement(bytes)).isEmpty();
            // The second version's reference gives its own status; the first takes the meeting's.
            List<Agreement> agreements = bound.plans().get(0).versions().stream()
                .map(v -> v.content().agreements().get(0)).toList();
            assertThat(agreements).extracting(Agreement::status)
                .containsExactly(AgreementStatus.OPEN, AgreementStatus.KEPT);
            assertThat(agreements).allSatisfy(a -> assertThat(a.what()).hasValueSatisfying(
                what -> assertThat(what).startsWith("Alle post")));
            Relative daughter = bound.genogram().orElseThrow().people().stream()
                .filter(p -> p.id().equals(PersonId.of("p-daughter"))).findFirst().orElseThrow();
            Relative mother = bound.genogram().orElseThrow().people().stream()
                .filter(p -> p.id().equals(PersonId.of("p-mother"))).findFirst().orElseThrow();
            // The daughter gives her year of birth; the mother's is the family member's.
            assertThat(daughter.birthYear()).contains(2010);
            assertThat(mother.name()).isEqualTo(bound.subject().family().members().stream()
                .filter(m -> m.person().id().equals(mother.id())).findFirst().orElseThrow().person().name());
        }
    }

    @Test
    void refusesAReferenceThatDoesNotResolveWhereverItComes() {
        for (List<String> order : List.of(List.of("kind"), List.of("kind", "schemaVersion", "genogram", "meetings"))) {
            ObjectNode toNoMeeting = reordered(ReferencesTests.handWritten(), order);
            ((ObjectNode) toNoMeeting.at("/plans/0/versions/0/content/agreements/0")).put("meeting", "m-elsewhere");
            ObjectNode toNoMember = reordered(ReferencesTests.handWritten(), order);
            ((ObjectNode) toNoMember.at("/genogram/people/1")).put("id", "p-not-a-member");
            ObjectNode toAWholeAgreement = reordered(ReferencesTests.handWritten(), order);
            ((ObjectNode) toAWholeAgreement.at("/meetings/familyCouncils/0/agreements/0")).put("meeting", "m-council-2026-01");

            assertThat(QuickBound.bind(SampleDocuments.bytes(toNoMeeting))).isEmpty();
            assertThat(QuickBound.bind(SampleDocuments.bytes(toNoMember))).isEmpty();
            // A meeting's agreement that is itself a reference is no referent, so the plan's reference dangles.
            assertThat(QuickBound.bind(SampleDocuments.bytes(toAWholeAgreement))).isEmpty();
            assertThat(QuickBound.bind(SampleDocuments.bytes(reordered(ReferencesTests.handWritten(), order))))
                .isPresent();
        }
    }

    /** {@code document} with the properties {@code first} first, in that order, then the others in theirs. */
    private static ObjectNode reordered(ObjectNode document, List<String> first) {
        ObjectNode reordered = SampleDocuments.TREES.createObjectNode();
        first.forEach(name -> reordered.set(name, document.get(name)));
        document.properties().forEach(e -> reordered.set(e.getKey(), e.getValue()));
        return reordered;
    }
}
