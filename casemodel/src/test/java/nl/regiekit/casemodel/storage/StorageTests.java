package nl.regiekit.casemodel.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.MutableClock;
import nl.regiekit.casemodel.SampleFamilies;

class StorageTests {

    private static final Instant NOON = Instant.parse("2025-03-10T12:00:00Z");

    private final CaseRepository repository = new InMemoryCaseRepository(Clock.fixed(NOON, ZoneOffset.UTC));

    @Test
    void savesANewCaseAsVersionOne() {
        Case referred = SampleFamilies.referredCase();

        Versioned<Case> saved = repository.save(referred, Versioned.NEW);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.value()).isSameAs(referred);
        assertThat(saved.savedAt()).isEqualTo(NOON);
        assertThat(repository.find(SampleFamilies.CASE_ID)).contains(saved);
        assertThat(repository.ids()).containsExactly(SampleFamilies.CASE_ID);
    }

    @Test
    void updateBasedOnTheStoredVersionBecomesTheNextVersion() {
        Versioned<Case> first = repository.save(SampleFamilies.referredCase(), Versioned.NEW);
        Case accepted = first.value().decide(new IntakeDecision.Accepted(SampleFamilies.ACCEPTED_DATE));

        Versioned<Case> second = repository.save(accepted, first.version());

        assertThat(second.version()).isEqualTo(2);
        assertThat(repository.find(SampleFamilies.CASE_ID)).hasValueSatisfying(stored -> {
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.value().isAccepted()).isTrue();
        });
        assertThat(repository.ids()).hasSize(1);
    }

    @Test
    void staleSaveThrowsAndLeavesTheStoredValueUnchanged() {
        Versioned<Case> first = repository.save(SampleFamilies.referredCase(), Versioned.NEW);
        Case accepted = first.value().decide(new IntakeDecision.Accepted(SampleFamilies.ACCEPTED_DATE));
        Versioned<Case> second = repository.save(accepted, 1);
        // A colleague still works on version 1 and puts the family on the waiting list.
        Case basedOnOld = first.value().decide(new IntakeDecision.WaitingList(SampleFamilies.WAITING_LIST_DATE, 1));

        assertThatExceptionOfType(StaleVersionException.class)
            .isThrownBy(() -> repository.save(basedOnOld, 1))
            .satisfies(e -> {
                assertThat(e.expected()).isEqualTo(1);
                assertThat(e.actual()).isEqualTo(2);
                assertThat(e.id()).isEqualTo("case-2025-0042");
                assertThat(e.getMessage()).isEqualTo("stale version for case-2025-0042: expected 1, stored 2");
            });
        assertThat(repository.find(SampleFamilies.CASE_ID)).hasValueSatisfying(stored -> {
            assertThat(stored).isEqualTo(second);
            assertThat(stored.value()).isSameAs(accepted);
        });
    }

    @Test
    void savingANewCaseTwiceIsStale() {
        repository.save(SampleFamilies.referredCase(), Versioned.NEW);

        assertThatExceptionOfType(StaleVersionException.class)
            .isThrownBy(() -> repository.save(SampleFamilies.referredCase(), Versioned.NEW))
            .satisfies(e -> {
                assertThat(e.expected()).isEqualTo(Versioned.NEW);
                assertThat(e.actual()).isEqualTo(1);
            });
    }

    @Test
    void updatingACaseThatWasNeverStoredIsStaleAndStoresNothing() {
        assertThatExceptionOfType(StaleVersionException.class)
            .isThrownBy(() -> repository.save(SampleFamilies.referredCase(), 3))
            .satisfies(e -> {
                assertThat(e.expected()).isEqualTo(3);
                assertThat(e.actual()).isEqualTo(Versioned.NEW);
            });
        assertThat(repository.ids()).isEmpty();
        assertThat(repository.find(SampleFamilies.CASE_ID)).isEmpty();
    }

    @Test
    void savedAtComesFromTheInjectedClockAtEachSave() {
        MutableClock clock = MutableClock.at(NOON);
        CaseRepository repo = new InMemoryCaseRepository(clock);
        Versioned<Case> first = repo.save(SampleFamilies.referredCase(), Versioned.NEW);

        clock.setTo(LocalDate.of(2025, 3, 11));
        Versioned<Case> second = repo.save(first.value(), first.version());

        assertThat(first.savedAt()).isEqualTo(NOON);
        assertThat(second.savedAt()).isEqualTo(Instant.parse("2025-03-11T09:00:00Z"));
    }

    @Test
    void keepsCasesApartByIdentifier() {
        Case other = Case.refer(CaseId.of("case-2025-0043"), SampleFamilies.referredCase().catalog(),
            SampleFamilies.family(), SampleFamilies.referral());

        repository.save(SampleFamilies.referredCase(), Versioned.NEW);
        Versioned<Case> saved = repository.save(other, Versioned.NEW);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(repository.ids()).containsExactlyInAnyOrder(SampleFamilies.CASE_ID, CaseId.of("case-2025-0043"));
    }

    @Test
    void rejectsNullArguments() {
        assertThatNullPointerException().isThrownBy(() -> repository.save(null, Versioned.NEW)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> repository.find(null)).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> new InMemoryCaseRepository(null)).withMessage("clock");
    }

    @Test
    void versionStartsAtOne() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Versioned<>(SampleFamilies.referredCase(), Versioned.NEW, NOON));
    }
}
