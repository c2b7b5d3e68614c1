package nl.regiekit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import nl.regiekit.balance.FactorCategory;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.internal.QuickBinding;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * The quick path binds a factor score straight from the parser ({@link QuickBinding}, through {@code References.quickScore}), not from a
 * tree it completes first: it binds the same scores as the full path's binding, and refuses, for the full path
 * to report, every score that binding would not bind without a finding, and a whole number written with a
 * fraction, which the full path reads (and so answers, at its own cost). Each edit is of the hand-written case
 * file of {@link ReferencesTests}, whose first score leaves out its category and weight.
 */
class QuickScoresTests {

    private static final Validation STRICT = Validation.defaults();
    private static final ObjectReader TREE_BOUND = RegiekitJson.mapper().readerFor(CaseFile.class);

    private static final String FIRST = "/assessments/0/scores/0";

    /** Edits of the first score that the quick binding binds, each to what the full path's binding binds. */
    private static Map<String, Consumer<ObjectNode>> bound() {
        Map<String, Consumer<ObjectNode>> edits = new LinkedHashMap<>();
        edits.put("as written", score -> { });
        edits.put("its weight only", score -> score.put("weight", 1));
        edits.put("its category only", score -> score.put("category", "RISK_FAMILY"));
        edits.put("both, not the catalogue's", score -> score.put("category", "SKILLS").put("weight", 2));
        edits.put("no domains", score -> score.remove("domains"));
        edits.put("no domains listed", score -> score.putArray("domains"));
        edits.put("the factor last", score -> score.set("factor", score.remove("factor")));
        edits.put("a factor the catalogue lacks, with category and weight",
            score -> score.put("factor", "not-in-the-catalogue").put("category", "RISK_CHILD").put("weight", 1));
        return edits;
    }

    /** Edits of the first score that the quick binding refuses; the full path says what is wrong, if anything. */
    private static Map<String, Consumer<ObjectNode>> refused() {
        Map<String, Consumer<ObjectNode>> edits = new LinkedHashMap<>();
        edits.put("score as text", score -> score.put("score", "4"));
        edits.put("score with a fraction of zero, which the full path reads", score -> score.put("score", 4.0));
        edits.put("score as a fraction", score -> score.put("score", 3.5));
        edits.put("score beyond the int range", score -> score.put("score", 1L << 40));
        edits.put("score out of the scale", score -> score.put("score", 9));
        edits.put("weight out of the scale", score -> score.put("weight", 0));
        edits.put("no score", score -> score.remove("score"));
        edits.put("no factor", score -> score.remove("factor"));
        edits.put("factor as a number", score -> score.put("factor", 7));
        edits.put("factor not an identifier", score -> score.put("factor", " debts"));
        edits.put("a factor the catalogue lacks", score -> score.put("factor", "not-in-the-catalogue"));
        edits.put("category in lower case", score -> score.put("category", "risk_family"));
        edits.put("category as an object", score -> score.putObject("category"));
        edits.put("an unknown property", score -> score.put("note", "x"));
        edits.put("domains as text", score -> score.put("domains", "financial-situation"));
        edits.put("a domain as a number", score -> score.putArray("domains").add(3));
        edits.put("a domain in an array", score -> score.putArray("domains").addArray().add("children"));
        edits.put("a domain not an identifier", score -> score.putArray("domains").add("geld zaken"));
        edits.put("a domain twice", score -> score.putArray("domains").add("children").add("children"));
        edits.put("the score an array", score -> score.putArray("score").add(4));
        return edits;
    }

    private static ObjectNode edited(Consumer<ObjectNode> edit) {
        ObjectNode root = ReferencesTests.handWritten();
        edit.accept((ObjectNode) root.at(FIRST));
        return root;
    }

    @Test
    void bindsTheScoresTheFullPathsBindingBinds() {
        bound().forEach((what, edit) -> {
            byte[] bytes = SampleDocuments.bytes(edited(edit));

            assertThat(QuickBound.bind(bytes, CaseFile.class)).as(what).contains(TREE_BOUND.readValue(bytes));
        });
        FactorScore first = ((CaseFile) QuickBound.bind(SampleDocuments.bytes(ReferencesTests.handWritten()),
            CaseFile.class).orElseThrow()).assessments().get(0).scores().get(0);
        assertThat(first.category()).isEqualTo(FactorCategory.RISK_SOCIO_ECONOMIC);
        assertThat(first.weight()).isEqualTo(3);
    }

    @Test
    void refusesEveryScoreItDoesNotBindAsPlainlyWritten() {
        refused().forEach((what, edit) -> {
            byte[] bytes = SampleDocuments.bytes(edited(edit));

            assertThat(QuickBound.bind(bytes, CaseFile.class)).as(what).isEmpty();
        });
    }

    @Test
    void givesTheFullPathsAnswerOnEveryEdit() {
        List<String> disagreements = new ArrayList<>();
        Map<String, Consumer<ObjectNode>> edits = new LinkedHashMap<>(bound());
        edits.putAll(refused());
        edits.put("the scores before the catalogue", score -> { });
        edits.forEach((what, edit) -> {
            ObjectNode root = edited(edit);
            if (what.equals("the scores before the catalogue")) {
                ObjectNode assessment = (ObjectNode) root.at("/assessments/0");
                assessment.set("catalog", assessment.remove("catalog"));
                assessment.set("catalogVersion", assessment.remove("catalogVersion"));
            }
            byte[] bytes = SampleDocuments.bytes(root);
            ValidationResult quick = STRICT.validate(bytes);
            ValidationResult full = STRICT.validateFully(bytes);
            if (!quick.findings().equals(full.findings()) || !quick.document().equals(full.document())) {
                disagreements.add(what);
            }
        });

        assertThat(disagreements).isEmpty();
    }
}
