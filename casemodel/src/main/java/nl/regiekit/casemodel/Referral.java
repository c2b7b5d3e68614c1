package nl.regiekit.casemodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * The referral of a family (aanmelding, method §3): when and by whom, through whom the case
 * manager is introduced, the signals and reasons, the admission criteria that were met and
 * the contra-indications found. A referral without referrer can be registered but is
 * reported by the case rules: self-referral is not possible. Immutable and thread-safe.
 *
 * @param date the date of referral; never null
 * @param referrer who referred the family; never null
 * @param introducer who introduces the case manager; never null
 * @param signals the problem signals, free text; never null
 * @param reasons the reasons for referral, free text; never null
 * @param criteria the admission criteria met; never null
 * @param contraIndications the contra-indications found; never null
 * @param acuteDanger acute danger reported with the referral, if any (method §1); never null
 */
public record Referral(@NotNull LocalDate date, Optional<@Valid Referrer> referrer,
                      Optional<@Valid Introducer> introducer,
                      @Size(max = 50) List<@NotBlank @Size(max = 4000) String> signals,
                      @Size(max = 50) List<@NotBlank @Size(max = 4000) String> reasons,
                      List<@NotNull Criterion> criteria,
                      List<@Valid ContraIndicationFound> contraIndications,
                      Optional<@Valid AcuteDanger> acuteDanger) {

    /** @throws NullPointerException if {@code date} or an element of a list is null */
    public Referral {
        Objects.requireNonNull(date, "date");
        referrer = Require.optional(referrer);
        introducer = Require.optional(introducer);
        signals = Require.list(signals);
        reasons = Require.list(reasons);
        criteria = Require.list(criteria);
        contraIndications = Require.list(contraIndications);
        acuteDanger = Require.optional(acuteDanger);
    }

    /**
     * A referral without acute danger.
     *
     * @throws NullPointerException if {@code date} or an element of a list is null
     */
    public Referral(LocalDate date, Optional<Referrer> referrer, Optional<Introducer> introducer, List<String> signals,
                    List<String> reasons, List<Criterion> criteria, List<ContraIndicationFound> contraIndications) {
        this(date, referrer, introducer, signals, reasons, criteria, contraIndications, Optional.empty());
    }

    /** Without the free text: signals and reasons never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "Referral[date=" + date + ", criteria=" + criteria + ", acuteDanger=" + acuteDanger.isPresent() + "]";
    }
}
