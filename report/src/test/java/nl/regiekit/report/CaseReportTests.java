package nl.regiekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.CaseFileView;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.plan.monitor.MonitorCodes;
import nl.regiekit.casemodel.AcuteDanger;
import nl.regiekit.casemodel.Authority;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentForm;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ConsentScope;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.Family;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Referral;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.json.Validation;
import nl.regiekit.json.ValidationResult;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.monitor.Signal;
import nl.regiekit.json.RegiekitJson;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report built in code, as a vendor builds it, without the command line: the demo case file read
 * through the JSON contract, the report's parts given to its builder. The full report of the demo is
 * the command line's golden file, byte for byte; regenerate that one through {@code ReportCommandTests}.
 */
class CaseReportTests {

    private static final Path DEMO = Path.of("../cli/src/test/resources/golden/demo-case-file.json");
    private static final Path GOLDEN = Path.of("../cli/src/test/resources/golden/demo-report.html");
    private static final LocalDate DATE = LocalDate.of(2026, 4, 20);
    private static final OrganisationId ADDICTION_CARE = OrganisationId.of("org-addiction-care");

    /** Names and texts of the demo that the addiction care organisation may not see, made recognisable. */
    private static final List<String> SENTINELS = List.of("Samira", "Ruben", "Fatima", "Gerrit", "Kevin", "Sanne",
        "Huurachterstand", "Na de scheiding", "Alle post over geld", "Voetbalclub");

    private static CaseReport.Builder builder() {
        return CaseReport.builder().signals(MonitorSignals.defaults());
    }

    /** The case file in {@code json}, validated on {@link #DATE} as the command line does. */
    private static ValidationResult read(String json) {
        ValidationResult result = Validation.builder().config(RegiekitConfig.defaults()
            .withClock(Clock.fixed(DATE.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC))).build()
            .validate(json.getBytes(StandardCharsets.UTF_8));
        assertThat(result.document()).as("%s", result.findings()).containsInstanceOf(CaseFile.class);
        return result;
    }

    private static String demoText() throws IOException {
        return Files.readString(DEMO);
    }

    /** The demo with each of the {@link #SENTINELS} marked by a prefix {@code Sentinel}, read as the command line does. */
    private static ValidationResult markedDemo() throws IOException {
        String text = demoText();
        for (String sentinel : SENTINELS) {
            text = text.replace(sentinel, "Sentinel" + sentinel);
        }
        return read(text);
    }

    @Test
    void theExchangesShowWhichWayInformationWentAndAPartnerSeesOnlyItsOwn() throws IOException {
        ValidationResult result = read(demoText());
        CaseFile file = file(result);

        String full = section(builder().build().write(CaseFileView.full(file, DATE), result.findings()), "summary");
        String limited = section(builder().build().write(CaseFileView.forOrganisation(file, ADDICTION_CARE, DATE,
            RegiekitConfig.defaults()), result.findings()), "summary");

        // The demo received the mother's finances from debt counselling and gave addiction care the father's and
        // Noor's; addiction care sees only its own exchange, and nothing of the mother's.
        assertThat(full).contains("<h3>Informatie-uitwisseling</h3>", "ontvangen van", "verstrekt aan",
            "Schuldhulpverlening Gemeente</td><td>ontvangen van</td><td>Samira El Amrani");
        assertThat(limited).contains("Verslavingszorg Noord</td><td>verstrekt aan</td><td>Dennis Bakker, "
            + "Noor Bakker", "Alleen de uitwisseling met deze instantie zelf staat hier.").doesNotContain("ontvangen van");
    }

    @Test
    void aRecurringAgreementOrTaskSaysHowItRecurs() throws IOException {
        ObjectNode demo = (ObjectNode) RegiekitJson.mapper().readTree(demoText());
        ArrayNode versions = (ArrayNode) demo.at("/plans/0/versions");
        ObjectNode content = (ObjectNode) versions.get(versions.size() - 1).get("content");
        ObjectNode talks = ((ArrayNode) content.get("agreements")).addObject();
        talks.put("id", "a-weekly-talks");
        talks.putObject("who").put("professional", "cm-jansen");
        talks.put("what", "Wekelijks gesprek met moeder");
        talks.put("source", "CARE_CONFERENCE");
        talks.put("made", "2026-01-08");
        talks.put("status", "OPEN");
        talks.put("due", "2026-06-30");
        talks.putObject("recurs").put("first", "2026-01-12").put("every", "P1W").put("until", "2026-06-29");
        ObjectNode visits = ((ArrayNode) content.get("roles")).addObject();
        visits.putObject("who").put("professional", "cm-jansen");
        visits.put("what", "Huisbezoek");
        visits.putObject("recurs").put("first", "2026-01-15").put("every", "P1M");
        ObjectNode meetings = ((ArrayNode) content.get("roles")).addObject();
        meetings.putObject("who").put("professional", "cm-jansen");
        meetings.put("what", "Overleg met de school");
        meetings.putObject("recurs").put("first", "2026-01-20").put("every", "P2W");
        ValidationResult result = read(RegiekitJson.mapper().writeValueAsString(demo));

        String nl = builder().build().write(CaseFileView.full(file(result), DATE), result.findings());
        String en = builder().locale(Locale.ENGLISH).build().write(CaseFileView.full(file(result), DATE),
            result.findings());

        assertThat(section(nl, "plan")).contains("elke week van 2026-01-12 tot en met 2026-06-29; afgerond uiterlijk "
            + "2026-06-30", "elke maand vanaf 2026-01-15", "elke 2 weken vanaf 2026-01-20");
        assertThat(section(en, "plan")).contains("every week from 2026-01-12 to 2026-06-29; settled by 2026-06-30",
            "every month from 2026-01-15", "every 2 weeks from 2026-01-20");
    }

    private static CaseFile file(ValidationResult result) {
        return result.document(CaseFile.class).orElseThrow();
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\"");
        assertThat(start).as("section %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void theFullReportOfTheDemoIsTheGoldenReport() throws IOException {
        ValidationResult result = read(demoText());

        String html = builder().build().write(CaseFileView.full(file(result), DATE), result.findings());

        assertThat(html.getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(GOLDEN));
    }

    @Test
    void theSameInputGivesTheSameBytesAndTheLanguageIsTheBuilders() throws IOException {
        ValidationResult result = read(demoText());
        CaseFileView view = CaseFileView.full(file(result), DATE);

        String english = builder().locale(Locale.ENGLISH).build().write(view, result.findings());

        assertThat(builder().build().write(view, result.findings()))
            .isEqualTo(builder().build().write(view, result.findings()));
        assertThat(english).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("Case report case-2025-017")
            .doesNotContain("Uitvoering");
    }

    @Test
    void aVendorsBundlesGiveTheReportAThirdLanguageInItsLabelsFindingsSignalsAndLegends() throws IOException {
        ValidationResult result = read(demoText());
        CaseFileView view = CaseFileView.full(file(result), DATE);

        String frisian = builder().locale(Locale.forLanguageTag("fy")).build().write(view, result.findings());

        assertThat(frisian).startsWith("<!DOCTYPE html>\n<html lang=\"fy\">")
            .contains("Saakrapport case-2025-017").contains("<h2 id=\"plan-h\">Helpferlieningsplan</h2>")
            .contains("Laatste evaluatie").as("a label the vendor left out is the Dutch one");
        assertThat(section(frisian, "validation")).contains("Ôfspraak a-post is 79 dagen oer de datum en net neikommen");
        assertThat(section(frisian, "signals")).contains("Ôfspraak a-post is op de datum en net neikommen");
        assertThat(section(frisian, "genogram")).contains(">Leginda</text>");
        assertThat(frisian).contains("Libbensgebieten aktyf saakbehear", "Finansjele sitewaasje")
            .doesNotContain("Leefgebieden actief casemanagement", "Financiële situatie")
            .as("a catalogue entry the vendor left out has its Dutch name").contains("Huisvesting");
    }

    @Test
    void theBuilderRefusesANullPartNamingIt() {
        assertThatNullPointerException().isThrownBy(() -> builder().config(null)).withMessage("config");
        assertThatNullPointerException().isThrownBy(() -> builder().locale(null)).withMessage("locale");
        assertThatNullPointerException().isThrownBy(() -> builder().signals(null)).withMessage("signals");
    }

    @Test
    void withoutASourceOfSignalsTheReportShowsThoseOfItsPolicysMonitor() throws IOException {
        ValidationResult result = read(demoText());
        CaseFileView view = CaseFileView.full(file(result), DATE);
        CaseReport.Builder bare = CaseReport.builder();
        OrganisationPolicy quiet = OrganisationPolicy.DEFAULTS.withRules(RuleSettings.DEFAULTS.withOff(
            MonitorCodes.AGREEMENT_OVERDUE));

        assertThat(bare.build().write(view, result.findings())).isEqualTo(builder().build().write(view,
            result.findings()));
        assertThat(section(builder().build().write(view, result.findings()), "signals"))
            .contains("SIGNAL-AGREEMENT-OVERDUE");
        assertThat(section(bare.config(RegiekitConfig.defaults().withPolicy(quiet)).build().write(view, result.findings()), "signals"))
            .doesNotContain("SIGNAL-AGREEMENT-OVERDUE");
    }

    @Test
    void showsTheSignalsOfTheCallersSourceWithTheMessagesOfItsBundle() throws IOException {
        ValidationResult result = read(demoText());
        SignalSource source = (file, date) -> List.of(new Signal(new Finding("ACME-CALL-BACK",
            Severity.WARNING, "", Optional.of(file.subject().id()), List.of()), date, Optional.of(file.subject().id()),
            "Acme.callBack=P1W"));

        String html = builder().signals(source).build().write(CaseFileView.full(file(result), DATE), result.findings());
        String defaults = builder().build().write(CaseFileView.full(file(result), DATE), result.findings());

        assertThat(section(html, "signals")).contains("ACME-CALL-BACK").contains("Bel het gezin terug")
            .contains(DATE.toString()).doesNotContain("SIGNAL-");
        assertThat(section(defaults, "signals")).doesNotContain("ACME-CALL-BACK");
    }

    @Test
    void aLimitedReportShowsTheSignalsOfItsViewNotThoseOfTheReportsOwnSource() throws IOException {
        ValidationResult result = read(demoText());
        CaseFile file = file(result);
        // A source of the report's own sees the whole case file: only the full page asks it.
        SignalSource source = (f, date) -> List.of(new Signal(new Finding("ACME-SHOWN", Severity.WARNING,
            "", Optional.of(GoalId.of("g-drinking")), List.of()), date, Optional.of(f.subject().id()), "Acme.x=P1W"));
        CaseFileView view = CaseFileView.forOrganisation(file, ADDICTION_CARE, DATE, RegiekitConfig.defaults());

        String limited = builder().signals(source).build().write(view, List.of());
        String full = builder().signals(source).build().write(CaseFileView.full(file, DATE), List.of());

        assertThat(section(limited, "signals")).doesNotContain("ACME-SHOWN");
        assertThat(view.signals()).allSatisfy(s -> assertThat(section(limited, "signals")).contains(s.code()));
        assertThat(section(full, "signals")).contains("ACME-SHOWN");
    }

    @Test
    void theLimitedReportHoldsNoneOfTheWithheldDataAndSaysItIsLimited() throws IOException {
        ValidationResult result = markedDemo();
        CaseFile file = file(result);
        CaseReport report = builder().build();

        String full = report.write(CaseFileView.full(file, DATE), result.findings());
        String limited = report.write(CaseFileView.forOrganisation(file, ADDICTION_CARE, DATE,
            RegiekitConfig.defaults()), result.findings());

        List<String> marked = SENTINELS.stream().map(s -> "Sentinel" + s).toList();
        assertThat(marked).as("the full report holds every marked text").allSatisfy(m -> assertThat(full).contains(m));
        assertThat(Stream.concat(marked.stream(), Stream.of("Sentinel", "p-mother", "p-partner", "p-grandmother", "111222333",
            "<svg", "weggelaten:", "niet gedeeld"))).allSatisfy(withheld -> assertThat(limited).doesNotContain(withheld));
        assertThat(List.of("Beperkte versie voor Verslavingszorg Noord", "Dennis Bakker", "Vader drinkt niet meer",
            "Deze versie toont alleen de gezinsleden")).allSatisfy(shown -> assertThat(limited).contains(shown));
        assertThat(CaseReport.SECTIONS).allSatisfy(id -> assertThat(limited).contains("<section id=\"" + id + "\""));
    }

    @Test
    void theLimitedModelHoldsNoValueOfWhatTheViewWithholds() throws IOException {
        ValidationResult result = markedDemo();
        CaseFile file = file(result);
        CaseReport report = builder().build();

        // A record's text holds every component, nested records included: the whole model in one string.
        ReportModel whole = report.model(CaseFileView.full(file, DATE), result.findings());
        String full = whole.toString();
        ReportModel limited = report.model(CaseFileView.forOrganisation(file, ADDICTION_CARE, DATE,
            RegiekitConfig.defaults()), result.findings());

        assertThat(full).contains("SentinelSamira", "SentinelHuurachterstand", "<svg");
        assertThat(limited.toString()).doesNotContain("Sentinel", "p-mother", "p-partner", "p-grandmother", "111222333",
            "<svg");
        assertThat(limited.limitedTo()).contains("Verslavingszorg Noord");
        assertThat(limited.familyShown()).isFalse();
        assertThat(limited.pictures()).extracting(ReportModel.PicturePart::id)
            .containsExactly("genogram", "sociogram", "ecogram");
        assertThat(limited.pictures()).allSatisfy(p -> assertThat(p.svg()).isEmpty());
        // Not even their number: a finding about a member it may not see would count.
        assertThat(result.findings()).isNotEmpty();
        assertThat(limited.validation()).isEmpty();
        assertThat(whole.validation()).hasValueSatisfying(v -> assertThat(v.errors() + v.warnings() + v.infos())
            .isEqualTo(result.findings().size()));
    }

    @Test
    void anOrganisationDoesNotReadItsOwnInvolvementReasonOnceTheConsentForItIsWithdrawn() throws IOException {
        ValidationResult result = read(demoText());
        CaseFile file = file(result);
        LocalDate withdrawn = DATE.minusDays(7);
        CaseFile afterWithdrawal = new CaseFile(file.subject().changeConsent(ConsentId.of("c-addiction-care-father"),
            new ConsentChange(withdrawn, ConsentStatus.WITHDRAWN)), file.plans(), file.assessments(),
            file.selfReliance(), file.genogram(), file.sociogram(), file.ecogram(), file.meetings());
        CaseReport report = builder().build();

        String before = report.write(CaseFileView.forOrganisation(file, ADDICTION_CARE, DATE,
            RegiekitConfig.defaults()), List.of());
        String after = report.write(CaseFileView.forOrganisation(afterWithdrawal, ADDICTION_CARE, DATE,
            RegiekitConfig.defaults()), List.of());

        assertThat(section(before, "summary")).contains("Alcoholgebruik van de vader", "Dennis Bakker");
        assertThat(after).contains("Verslavingszorg Noord").doesNotContain("Alcoholgebruik van de vader")
            .doesNotContain("Dennis");
    }

    @Test
    void aLimitedPageSaysSomeInformationIsNotSharedWithNoNumberOrNameWhateverItWithholds() throws IOException {
        CaseFile file = file(read(demoText()));
        CaseFile afterWithdrawal = new CaseFile(file.subject().changeConsent(ConsentId.of("c-addiction-care-father"),
            new ConsentChange(DATE.minusDays(7), ConsentStatus.WITHDRAWN)), file.plans(), file.assessments(),
            file.selfReliance(), file.genogram(), file.sociogram(), file.ecogram(), file.meetings());
        CaseReport dutch = builder().build();
        CaseReport english = builder().locale(Locale.ENGLISH).build();

        String more = dutch.write(CaseFileView.forOrganisation(file, ADDICTION_CARE, DATE, RegiekitConfig.defaults()),
            List.of());
        String less = dutch.write(CaseFileView.forOrganisation(afterWithdrawal, ADDICTION_CARE, DATE,
            RegiekitConfig.defaults()), List.of());
        String inEnglish = english.write(CaseFileView.forOrganisation(afterWithdrawal, ADDICTION_CARE, DATE,
            RegiekitConfig.defaults()), List.of());

        assertThat(notes(more)).isEqualTo(notes(less)).allSatisfy(note -> assertThat(note).doesNotContainPattern(
            "[0-9]").doesNotContain("Dennis", "Samira", "Noor", "Daan"));
        assertThat(less).contains("Sommige informatie wordt niet met u gedeeld.").doesNotContain("weggelaten");
        assertThat(inEnglish).contains("Some information is not shared with you.").doesNotContain("left out",
            "says why");
    }

    /** The notes of a page: its lead (without its organisation and date) and every paragraph marked as a note. */
    private static List<String> notes(String html) {
        return java.util.regex.Pattern.compile("<p class=\"(?:note|limited)\">([^<]*)</p>").matcher(html).results()
            .map(m -> m.group(1).replaceAll("Beperkte versie voor [^:]*: ", "").replace(DATE.toString(), "DATE"))
            .toList();
    }

    @Test
    void anOrganisationWithNoConsentReadsNeitherTheReferralNorItsSignals() throws IOException {
        CaseFile file = file(read(demoText()));
        OrganisationId newcomer = OrganisationId.of("org-newcomer");
        CaseFile involved = new CaseFile(file.subject().involve(new InvolvedOrganisation(newcomer, "Wijkteam Zuid",
                Optional.empty(), "Net betrokken", List.of(), List.of(), DATE.minusDays(3), Optional.empty())),
            file.plans(), file.assessments(), file.selfReliance(), file.genogram(), file.sociogram(), file.ecogram(),
            file.meetings());
        CaseFileView view = CaseFileView.forOrganisation(involved, newcomer, DATE, RegiekitConfig.defaults());

        String page = builder().build().write(view, List.of());

        assertThat(view.referral()).isEmpty();
        assertThat(view.members()).isEmpty();
        assertThat(view.plans()).allSatisfy(p -> assertThat(p.goals()).isEmpty());
        assertThat(page).doesNotContain("Noor verzuimt vaak school", "Huurachterstand", "Samira", "Dennis");
    }

    @Test
    void showsAcuteDangerWhereTheWholeFamilyMayBeShownAndTheFormOfAConsent() throws IOException {
        CaseFile file = file(read(demoText()));
        Case c = file.subject();
        Referral r = c.referral();
        Referral danger = new Referral(r.date(), r.referrer(), r.introducer(), r.signals(), r.reasons(), r.criteria(),
            r.contraIndications(), Optional.of(new AcuteDanger(r.date(), List.of(PersonId.of("p-mother")))));
        Case subject = new Case(c.id(), c.catalog(), c.family(), danger, c.decisions(), c.phases(), c.model(), c.team(),
            c.organisations(), c.consents(), c.exchanges(), c.outreach())
            .recordConsent(new Consent(ConsentId.of("c-oral"), ADDICTION_CARE, PersonId.of("p-father"),
                new ConsentScope(List.of(PersonId.of("p-father")), List.of()), LawfulBasis.CONSENT,
                List.of(new ConsentChange(DATE.minusDays(3), ConsentStatus.GRANTED)), Optional.empty(),
                Optional.of(ConsentForm.ORAL)));
        CaseFile marked = new CaseFile(subject, file.plans(), file.assessments(), file.selfReliance(), file.genogram(),
            file.sociogram(), file.ecogram(), file.meetings());
        CaseReport report = builder().build();

        String full = section(report.write(CaseFileView.full(marked, DATE), List.of()), "summary");
        String limited = report.write(CaseFileView.forOrganisation(marked, ADDICTION_CARE, DATE,
            RegiekitConfig.defaults()), List.of());

        assertThat(full).contains("Acuut gevaar", "gemeld op 2025-09-01; in gevaar: Samira El Amrani",
            "toestemming (mondeling)");
        assertThat(limited).doesNotContain("Acuut gevaar").contains("toestemming (mondeling)");
    }

    @Test
    void aConsentGivenOnBehalfOfAChildSaysSo() throws IOException {
        CaseFile file = file(read(demoText()));
        PersonId mother = PersonId.of("p-mother");
        Case subject = file.subject().recordConsent(new Consent(ConsentId.of("c-for-milan"), ADDICTION_CARE, mother,
            new ConsentScope(List.of(mother, PersonId.of("p-son")), List.of()), LawfulBasis.CONSENT,
            List.of(new ConsentChange(DATE.minusDays(3), ConsentStatus.GRANTED)), Optional.empty(), Optional.empty(),
            List.of(PersonId.of("p-son"))));
        CaseFile marked = new CaseFile(subject, file.plans(), file.assessments(), file.selfReliance(), file.genogram(),
            file.sociogram(), file.ecogram(), file.meetings());

        String summary = section(builder().build().write(CaseFileView.full(marked, DATE), List.of()), "summary");

        assertThat(summary).contains("Samira El Amrani (namens Milan Bakker)");
    }

    @Test
    void authorityIsShownWholeOrNotAtAllAndAnInstitutionAsGuardianByName() throws IOException {
        CaseFile file = file(read(demoText()));
        PersonId son = PersonId.of("p-son");
        CaseFileView addiction = CaseFileView.forOrganisation(file, ADDICTION_CARE, DATE, RegiekitConfig.defaults());
        // Addiction care may name the father and Milan, not the mother who holds authority with the father.
        assertThat(addiction.mayName(PersonId.of("p-father"))).isTrue();
        assertThat(addiction.mayName(PersonId.of("p-mother"))).isFalse();
        assertThat(addiction.authorityOver(son)).as("not the father alone").isEmpty();
        assertThat(CaseFileView.full(file, DATE).authorityOver(son))
            .containsExactlyInAnyOrder(PersonId.of("p-mother"), PersonId.of("p-father"));

        OrganisationId guardian = OrganisationId.of("org-guardian");
        Case involved = file.subject().involve(new InvolvedOrganisation(guardian, "Jeugdbescherming Noord",
            Optional.empty(), "Voogdij", List.of(son), List.of(LifeDomainCode.of("children")), DATE.minusMonths(1),
            Optional.empty()));
        Family family = involved.family();
        List<Authority> authorities = new java.util.ArrayList<>(family.authorities().stream()
            .filter(a -> !a.child().equals(son)).toList());
        authorities.add(new Authority(son, List.of(), DATE.minusMonths(1), Optional.empty(), Optional.of(guardian)));
        Case underGuardianship = involved.withFamily(new Family(family.members(), family.households(), authorities,
            family.representations(), family.parenthoods(), family.restrictions()));
        CaseFile guarded = new CaseFile(underGuardianship, file.plans(), file.assessments(), file.selfReliance(),
            file.genogram(), file.sociogram(), file.ecogram(), file.meetings());

        String summary = section(builder().build().write(CaseFileView.full(guarded, DATE), List.of()), "summary");

        assertThat(summary).containsPattern("Milan Bakker</th>(<td[^>]*>[^<]*</td>){3}<td>Jeugdbescherming Noord</td>");
    }

    @Test
    void picturesAreTheFourDrawingsByName() throws IOException {
        CaseFile file = file(read(demoText()));

        Map<String, String> pictures = builder().build().pictures(file, DATE);

        assertThat(pictures).containsOnlyKeys("balance.svg", "genogram.svg", "sociogram.svg", "ecogram.svg");
        assertThat(pictures.values()).allSatisfy(svg -> assertThat(svg).contains("<svg").contains("</svg>"));
        assertThat(pictures.get("genogram.svg")).contains("Dennis");
        assertThat(builder().build().pictures(CaseFile.of(file.subject()), DATE)).isEmpty();
    }

    @Test
    void theFullReportInlinesTheSamePictures() throws IOException {
        ValidationResult result = read(demoText());
        CaseReport report = builder().build();

        String html = report.write(CaseFileView.full(file(result), DATE), result.findings());

        assertThat(report.pictures(file(result), DATE)).hasSize(4).allSatisfy((name, svg) -> {
            // The page renames the drawing's element identifiers; its title stays as it is.
            String title = svg.substring(svg.indexOf("<title>"), svg.indexOf("</title>") + "</title>".length());
            assertThat(title).as(name).hasSizeGreaterThan("<title></title>".length());
            assertThat(html).as(name).contains(title);
        });
    }
}
