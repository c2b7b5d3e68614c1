package nl.regiekit.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.InformationExchange;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.json.RegiekitJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case files for the store's tests, grown from the casefile module's {@link SampleCaseFiles}: the sample
 * itself, and seeded variants of it under another case identifier, with another case manager, other
 * organisations and every date moved by the same number of days, so that each variant is as valid as the
 * sample and the variants differ in what the caseload queries read. Fictional people only.
 */
public final class GeneratedCaseFiles {

    /** A name and a BSN (eleven-test valid) that appear nowhere but where {@link #withSentinel} puts them. */
    public static final String SENTINEL_NAME = "Xylofoonia";
    /** See {@link #SENTINEL_NAME}. */
    public static final String SENTINEL_BSN = "123456782";

    private static final JsonMapper MAPPER = RegiekitJson.mapper();
    private static final Pattern DATE = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"");

    private GeneratedCaseFiles() {
    }

    /** The sample case file: a case in execution with a help plan, three organisations and their consents. */
    public static CaseFile sample() {
        return SampleCaseFiles.full();
    }

    /** The sample's case identifier. */
    public static CaseId sampleId() {
        return SampleCaseFiles.CASE_ID;
    }

    /** The mother in the sample, whose data {@link #withSentinel} marks. */
    public static PersonId mother() {
        return SampleCaseFiles.MOTHER;
    }

    /**
     * The case file with one more information exchange: the sample's family coach heard about the son on the
     * children's domain on the sample's day, which the consents allow. A counter that each change raises.
     */
    public static CaseFile withOneMoreExchange(CaseFile file) {
        return new CaseFile(file.subject().recordExchange(new InformationExchange(SampleCaseFiles.TODAY,
            SampleCaseFiles.FAMILY_COACH, List.of(SampleCaseFiles.SON), List.of(SampleCaseFiles.CHILDREN))),
            file.plans(), file.assessments(), file.selfReliance(), file.genogram(), file.sociogram(), file.ecogram(),
            file.meetings());
    }

    /**
     * Variant {@code n} of the sample: case {@code case-g-<n>}, one of five case managers, organisations drawn
     * from a pool of six in place of the sample's three, and every date moved back by up to 300 days.
     */
    public static CaseFile variant(int n, Random random) {
        String json = MAPPER.writeValueAsString(SampleCaseFiles.full())
            .replace("\"" + SampleCaseFiles.CASE_ID.value() + "\"", "\"case-g-" + n + "\"")
            .replace("\"" + SampleCaseFiles.CASE_MANAGER.value() + "\"", "\"cm-" + random.nextInt(5) + "\"")
            .replace("\"" + SampleCaseFiles.DEBT_HELP.value() + "\"", "\"org-" + random.nextInt(3) + "\"")
            .replace("\"" + SampleCaseFiles.YOUTH_CARE.value() + "\"", "\"org-" + (3 + random.nextInt(3)) + "\"");
        int days = random.nextInt(300);
        Matcher dates = DATE.matcher(json);
        StringBuilder moved = new StringBuilder();
        while (dates.find()) {
            dates.appendReplacement(moved, "\"" + LocalDate.parse(dates.group(1)).minusDays(days) + "\"");
        }
        dates.appendTail(moved);
        return read(moved.toString());
    }

    /** The sample with the mother's given name {@link #SENTINEL_NAME} and her BSN {@link #SENTINEL_BSN}. */
    public static CaseFile withSentinel() {
        String json = MAPPER.writeValueAsString(SampleCaseFiles.full());
        String mother = "\"id\" : \"" + SampleCaseFiles.MOTHER.value() + "\",";
        int at = json.indexOf(mother);
        if (at < 0) {
            throw new IllegalStateException("the sample's layout changed: no mother found");
        }
        String marked = json.substring(0, at + mother.length()) + " \"bsn\" : \"" + SENTINEL_BSN + "\","
            + json.substring(at + mother.length());
        return read(marked.replace("\"Iris\"", "\"" + SENTINEL_NAME + "\""));
    }

    private static CaseFile read(String json) {
        return MAPPER.readValue(json, CaseFile.class);
    }
}
