package nl.regiekit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.CaseManagementModel;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.ReferrerKind;
import nl.regiekit.casemodel.Role;
import nl.regiekit.casemodel.finding.Severity;
import nl.regiekit.genogram.ConditionLabel;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.Attainment;
import nl.regiekit.plan.EndTerm;
import nl.regiekit.plan.EndTermResult;
import nl.regiekit.plan.EvaluationKind;
import nl.regiekit.plan.GoalStatus;
import nl.regiekit.plan.Term;
import nl.regiekit.plan.TrajectoryStatus;
import nl.regiekit.plan.VersionReason;

/** The report's labels: every constant it shows has a label in Dutch and English, and both languages have the same keys. */
class ReportTextsTests {

    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(Phase.class, CaseManagementModel.class,
        ReferrerKind.class, Role.class, ConsentStatus.class, LawfulBasis.class, VersionReason.class, Term.class,
        GoalStatus.class, TrajectoryStatus.class, AgreementSource.class, AgreementStatus.class, EvaluationKind.class,
        Attainment.class, EndTerm.class, EndTermResult.class, Severity.class, ConditionLabel.class);

    @Test
    void everyConstantShownHasALabelInBothLanguages() {
        for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            ReportTexts texts = new ReportTexts(locale);
            for (Class<? extends Enum<?>> type : SHOWN) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(texts.of(constant)).as(locale + " " + constant).isNotBlank();
                }
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        // Read as files: a bundle's key set would include its parent's, and English falls back to Dutch.
        assertThat(keys("report_en.properties")).isEqualTo(keys("report.properties")).hasSizeGreaterThan(100);
    }

    private static Set<Object> keys(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportTextsTests.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.keySet();
    }
}
