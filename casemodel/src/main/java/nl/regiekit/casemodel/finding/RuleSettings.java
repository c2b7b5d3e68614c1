package nl.regiekit.casemodel.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An organisation's settings of the method's rules: the rules it switches off and the rules it gives
 * another severity than their code's default. Method §0 leaves the emphasis of the method to the
 * organisation; a team that, say, does not work with self-reliance instruments switches their rules
 * off rather than reading their warnings on every case. Applied to the findings of the rules and to the
 * monitor's signals, never to the findings of the stages before them (encoding, syntax, schema,
 * binding, constraints): a document that cannot be read cannot be judged either. Immutable and
 * thread-safe.
 *
 * @param off the codes of the rules switched off, in code order; null reads as none
 * @param severities the codes given another severity, with that severity, in code order; null reads as none
 */
public record RuleSettings(Set<String> off, Map<String, Severity> severities) {

    /** No settings: every rule on, at its code's severity. */
    public static final RuleSettings DEFAULTS = new RuleSettings(Set.of(), Map.of());

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    /**
     * @throws NullPointerException if a code or a severity is null
     * @throws ModelViolation (an {@link IllegalArgumentException}) with {@link ModelCodes#VALUE_INVALID} at
     *     the entry if a code does not have the form {@code AREA-WORD-...}, or with
     *     {@link ModelCodes#DUPLICATE_ID} if a code switched off is also given a severity
     */
    public RuleSettings {
        off = java.util.Collections.unmodifiableSet(off == null ? new TreeSet<>() : new TreeSet<>(off));
        severities = java.util.Collections.unmodifiableMap(severities == null ? new TreeMap<>()
            : new TreeMap<>(severities));
        for (String code : off) {
            if (!CODE.matcher(code).matches()) {
                throw new ModelViolation(ModelCodes.VALUE_INVALID, "/off");
            }
        }
        for (var entry : severities.entrySet()) {
            Objects.requireNonNull(entry.getValue(), "severity");
            if (!CODE.matcher(entry.getKey()).matches()) {
                throw new ModelViolation(ModelCodes.VALUE_INVALID, Pointer.of("severities", entry.getKey()));
            }
            if (off.contains(entry.getKey())) {
                throw new ModelViolation(ModelCodes.DUPLICATE_ID, Pointer.of("severities", entry.getKey()));
            }
        }
    }

    /**
     * These settings with {@code code} switched off.
     *
     * @throws IllegalArgumentException if {@code code} is not a code or has a severity here
     */
    public RuleSettings withOff(FindingCode code) {
        Set<String> more = new TreeSet<>(off);
        more.add(code.code());
        return new RuleSettings(more, severities);
    }

    /**
     * These settings with {@code code} at {@code severity}.
     *
     * @throws IllegalArgumentException if {@code code} is switched off here
     */
    public RuleSettings withSeverity(FindingCode code, Severity severity) {
        Map<String, Severity> more = new TreeMap<>(severities);
        more.put(code.code(), Objects.requireNonNull(severity, "severity"));
        return new RuleSettings(off, more);
    }

    /** Whether the rule of {@code code} is switched off. */
    public boolean isOff(String code) {
        return off.contains(code);
    }

    /** Whether {@code rule} is switched off: every code it may report is. */
    public boolean isOff(Rule<?> rule) {
        return !off.isEmpty() && rule.codes().stream().allMatch(code -> isOff(code.code()));
    }

    /**
     * The findings of {@code rules} over {@code subject} under these settings, in the order of the rules
     * and then of the document: a rule switched off ({@link #isOff(Rule)}) does not run, and the findings
     * of the others are {@linkplain #apply applied} to these settings.
     *
     * @throws NullPointerException if an argument is null
     */
    public <T> List<Finding> run(List<? extends Rule<? super T>> rules, T subject) {
        List<Finding> findings = new ArrayList<>();
        for (Rule<? super T> rule : rules) {
            if (!isOff(rule)) {
                findings.addAll(rule.check(subject));
            }
        }
        return apply(findings);
    }

    /** The severity of {@code code} here: its setting, or {@code byDefault}. */
    public Severity severity(String code, Severity byDefault) {
        return severities.getOrDefault(code, byDefault);
    }

    /**
     * The findings of rules under these settings: those of a rule switched off left out, the others at
     * their setting's severity, in the same order.
     *
     * @throws NullPointerException if {@code findings} is null
     */
    public List<Finding> apply(List<Finding> findings) {
        if (off.isEmpty() && severities.isEmpty()) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            apply(finding).ifPresent(kept::add);
        }
        return kept;
    }

    /**
     * {@code finding} under these settings: empty if its rule is switched off, else at its setting's
     * severity. The one place where settings meet a finding, or a monitoring signal seen as one.
     *
     * @throws NullPointerException if {@code finding} is null
     */
    public Optional<Finding> apply(Finding finding) {
        if (isOff(finding.code())) {
            return Optional.empty();
        }
        Severity severity = severity(finding.code(), finding.severity());
        return Optional.of(severity == finding.severity() ? finding : finding.withSeverity(severity));
    }

    /**
     * The codes named here that are not among {@code configurable}, the codes of the rules and signals
     * present, in code order: a misspelt code, or one of the stages before the rules.
     *
     * @throws NullPointerException if {@code configurable} is null
     */
    public List<String> unknown(Set<String> configurable) {
        List<String> unknown = new ArrayList<>();
        for (String code : named()) {
            if (!configurable.contains(code)) {
                unknown.add(code);
            }
        }
        return unknown;
    }

    /** Every code named here, in code order. */
    public Set<String> named() {
        Set<String> named = new TreeSet<>(off);
        named.addAll(severities.keySet());
        return named;
    }
}
