package nl.regiekit.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.AssessmentId;
import nl.regiekit.balance.Factor;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.balance.selfreliance.Instrument;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.balance.selfreliance.SelfRelianceMeasurement;
import nl.regiekit.balance.selfreliance.SelfRelianceScore;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;

/**
 * Seeded generator of valid case files with balance assessments and self-reliance scores: the
 * cases of {@link CaseFileGenerator}, and for each up to four assessments of the family or a member,
 * scoring factors of the default catalogue on the case's life domains, with notes from awkward text.
 */
final class BalanceDocumentGenerator {

    private static final List<String> NOTES = List.of("Moeder \"twijfelt\"", "regel1\nregel2", "ëïöü 🙂",
        "<b>vet</b> & meer", "a\\b");

    private final CaseFileGenerator cases;
    private final Random random;

    BalanceDocumentGenerator(long seed) {
        this.cases = new CaseFileGenerator(seed);
        this.random = new Random(seed ^ 0x5EED);
    }

    /** The next case file with balance data. */
    CaseFile nextCaseFile() {
        Case subject = cases.nextCase();
        CaseFile file = CaseFile.of(subject);
        List<LifeDomainCode> domains = LifeDomainCatalogs.builtIn().find(subject.catalog()).orElseThrow().domains()
            .stream().map(LifeDomain::code).toList();
        List<PersonId> members = subject.family().members().stream().map(FamilyMember::id).toList();
        LocalDate date = subject.referral().date();
        for (int i = 0; i < random.nextInt(5); i++) {
            date = date.plusDays(1 + random.nextInt(120));
            file = file.withAssessment(assessment("a-" + i, date, domains, members));
        }
        if (random.nextBoolean()) {
            Instrument instrument = random.nextBoolean() ? Instruments.SELF_RELIANCE_MATRIX_11
                : Instruments.SELF_RELIANCE_MATRIX_13;
            SelfRelianceHistory history = SelfRelianceHistory.of(instrument);
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                List<SelfRelianceScore> scores = new ArrayList<>();
                for (LifeDomain domain : instrument.domains()) {
                    if (random.nextBoolean()) {
                        scores.add(new SelfRelianceScore(domain.code(), 1 + random.nextInt(5)));
                    }
                }
                history = history.with(new SelfRelianceMeasurement(date.plusDays(30L * i), ProfessionalId.of("cm-1"),
                    member(members), scores));
            }
            file = file.withSelfReliance(history);
        }
        return file;
    }

    private Assessment assessment(String id, LocalDate date, List<LifeDomainCode> domains, List<PersonId> members) {
        List<FactorScore> scores = new ArrayList<>();
        for (Factor factor : FactorCatalogs.DEFAULT.factors()) {
            if (random.nextInt(4) == 0) {
                List<LifeDomainCode> touched = random.nextBoolean() ? List.of()
                    : List.of(domains.get(random.nextInt(domains.size())));
                scores.add(new FactorScore(factor.id(), factor.category(), random.nextInt(5),
                    1 + random.nextInt(3), touched));
            }
        }
        Optional<String> note = random.nextBoolean() ? Optional.empty()
            : Optional.of(NOTES.get(random.nextInt(NOTES.size())));
        return new Assessment(AssessmentId.of(id), date, ProfessionalId.of("cm-1"), member(members),
            FactorCatalogs.DEFAULT.id(), FactorCatalogs.DEFAULT.version(), scores, note);
    }

    private Optional<PersonId> member(List<PersonId> members) {
        return random.nextBoolean() ? Optional.empty() : Optional.of(members.get(random.nextInt(members.size())));
    }
}
