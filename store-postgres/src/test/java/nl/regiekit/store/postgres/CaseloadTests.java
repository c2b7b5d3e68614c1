package nl.regiekit.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.GeneratedCaseFiles;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.storage.Versioned;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.MonitorPolicy;
import nl.regiekit.plan.monitor.Signal;

/** The caseload queries give what a computation over every stored case file gives. */
@ParameterizedClass
@MethodSource("nl.regiekit.store.postgres.PostgresTarget#all")
class CaseloadTests extends StoreTest {

    private static final int CASES = 40;
    /** A monitor that raises every signal a case has, however far ahead: the brute force's due dates. */
    private static final Monitor EVERY_SIGNAL = Monitor.builder()
        .monitorPolicy(MonitorPolicy.DEFAULTS.withNotice(Period.ofYears(500), Period.ofYears(500))).build();

    @Test
    void answerTheCaseloadQueriesAsABruteForceComputationDoes() {
        PostgresCaseFiles files = store.caseFiles();
        Random random = new Random(15);
        List<CaseFile> stored = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            CaseFile file = GeneratedCaseFiles.variant(n, random);
            files.save(file, Versioned.NEW);
            stored.add(file);
        }
        List<CaseId> closed = List.of(stored.get(3).subject().id(), stored.get(17).subject().id());
        closed.forEach(id -> store.retention().close(id, LocalDate.of(2025, 6, 30), Author.SYSTEM));
        LocalDate today = LocalDate.ofInstant(START, clock.getZone());

        for (int o = 0; o < 7; o++) {
            OrganisationId organisation = OrganisationId.of("org-" + o);
            assertThat(files.ofOrganisation(organisation)).as(organisation.value()).containsExactlyElementsOf(
                stored.stream().filter(f -> f.subject().organisations().stream().map(InvolvedOrganisation::id)
                    .anyMatch(organisation::equals)).map(f -> f.subject().id())
                    .sorted(Comparator.comparing(CaseId::value)).toList());
        }
        assertThat(files.ofOrganisation(OrganisationId.of("org-family-coach"))).hasSize(CASES);

        Map<CaseId, LocalDate> due = new TreeMap<>(Comparator.comparing(CaseId::value));
        for (CaseFile file : stored) {
            EVERY_SIGNAL.signals(file.monitored(), today).stream().map(Signal::due).min(LocalDate::compareTo)
                .ifPresent(d -> due.put(file.subject().id(), d));
        }
        assertThat(due).isNotEmpty();
        for (LocalDate by : Set.of(today.minusMonths(6), today, today.plusWeeks(1), today.plusMonths(3),
            today.plusYears(3))) {
            List<DueCase> expected = due.entrySet().stream().filter(e -> !e.getValue().isAfter(by))
                .map(e -> new DueCase(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(DueCase::due).thenComparing(d -> d.caseId().value())).toList();
            assertThat(files.dueBy(by)).as("due by %s", by).containsExactlyElementsOf(expected);
        }

        Map<ProfessionalId, Integer> loads = stored.stream()
            .filter(f -> !closed.contains(f.subject().id()))
            .map(f -> f.subject().team().caseManager().map(Professional::id))
            .flatMap(Optional::stream)
            .collect(Collectors.toMap(p -> p, p -> 1, Integer::sum,
                () -> new TreeMap<>(Comparator.comparing(ProfessionalId::value))));
        assertThat(files.caseloads()).containsExactlyEntriesOf(loads);
        assertThat(loads.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES - closed.size());
    }
}
