package nl.regiekit.casemodel.finding;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One of the method's quality rules, or an organisation's own: the codes it may report, each with its
 * default severity, and the check itself. A rule returns findings and never throws on data that is
 * incomplete; it reads no clock and no file of its own (what it needs, it is given when it is made), so
 * that the same input always gives the same findings. An organisation switches a rule off or gives one
 * of its codes another severity in its {@link RuleSettings}, which are applied over the findings of all
 * rules at once. Implementations must be immutable and thread-safe.
 *
 * @param <T> what the rule checks: a case file, a plan, a genogram
 */
public interface Rule<T> {

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
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code codes} is empty
     */
    static <T> Rule<T> of(List<FindingCode> codes, Function<T, List<Finding>> check) {
        List<FindingCode> copied = List.copyOf(codes);
        if (copied.isEmpty()) {
            throw new IllegalArgumentException("a rule has at least one code");
        }
        Objects.requireNonNull(check, "check");
        return new Rule<>() {
            @Override
            public List<FindingCode> codes() {
                return copied;
            }

            @Override
            public List<Finding> check(T subject) {
                return check.apply(Objects.requireNonNull(subject, "subject"));
            }
        };
    }
}
