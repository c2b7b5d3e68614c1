package nl.regiekit.casemodel.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One of the method's quality rules, or an organisation's own: one check, the codes it may report (a
 * few closely related ones at most), each with its default severity, and a line that says what it
 * checks. A rule returns findings and never throws on data that is incomplete; it reads no clock and no
 * file of its own (what it needs, it is given when it is made, or finds in the context of the run it is
 * given), so that the same input always gives the same findings. An organisation switches a rule off
 * or gives one of its codes another severity in its {@link RuleSettings}: a rule whose codes are all
 * switched off does not run ({@link RuleSettings#run}). Implementations must be immutable and
 * thread-safe.
 *
 * @param <T> what the rule checks: a case file, a plan, a genogram, or the context of one run over one
 *     of them (the indexes its rules share, built once)
 */
public interface Rule<T> {

    /** What this rule checks, in one line of English, for the rules catalogue; never null. */
    String description();

    /** The codes this rule may report, each with its default severity; never null, never empty. */
    List<FindingCode> codes();

    /**
     * The findings of this rule over {@code subject}, with pointers relative to the document it is
     * part of; an empty list when it finds nothing.
     *
     * @throws NullPointerException if {@code subject} is null
     */
    List<Finding> check(T subject);

    /**
     * A rule of these codes that checks with {@code check}.
     *
     * @param description what it checks, in one line
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code codes} is empty or {@code description} blank
     */
    static <T> Rule<T> of(String description, List<FindingCode> codes, Function<T, List<Finding>> check) {
        List<FindingCode> copied = List.copyOf(codes);
        if (copied.isEmpty()) {
            throw new IllegalArgumentException("a rule has at least one code");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("a rule says what it checks");
        }
        Objects.requireNonNull(check, "check");
        return new Rule<>() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public List<FindingCode> codes() {
                return copied;
            }

            @Override
            public List<Finding> check(T subject) {
                return check.apply(Objects.requireNonNull(subject, "subject"));
            }

            @Override
            public String toString() {
                return copied.get(0).code() + ": " + description;
            }
        };
    }

    /**
     * A rule of these codes whose check adds its findings to a list it is given, the form of the
     * library's own rules.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code codes} is empty or {@code description} blank
     * @see #of(String, List, Function)
     */
    static <T> Rule<T> adding(String description, List<FindingCode> codes, BiConsumer<T, List<Finding>> check) {
        Objects.requireNonNull(check, "check");
        return of(description, codes, subject -> {
            List<Finding> findings = new ArrayList<>();
            check.accept(subject, findings);
            return findings;
        });
    }
}
