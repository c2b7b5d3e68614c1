package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * A member's parenthood towards a child of the family (ouderschap, method §11): whether they are the
 * child's legal parent (juridisch ouder, through birth, marriage, recognition or adoption), and how they
 * came to be its parent ({@link ParenthoodKind}: biological, adoptive, step or foster). The two are apart
 * because they differ in practice: a co-mother or a man who recognised a child is its legal parent
 * without being its biological parent, a biological father who did not recognise the child is not its
 * legal parent. Parenthood is not the {@link Role} in the family (a step-parent has the role
 * {@link Role#PARENT} as well), and not authority ({@link Authority}), which is recorded apart; the
 * {@link ConsentPolicy} says whether legal parents are taken to hold authority where none is recorded.
 * Immutable and thread-safe.
 *
 * <p>Invariants: the parent is not the child; a parenthood says something, so it is legal or has a kind.
 *
 * @param parent the member who is a parent; never null
 * @param child the child; never null
 * @param legal whether the parent is the child's legal parent
 * @param kind how the member came to be the child's parent, if recorded; absent for a legal parent who is
 *     nothing else, such as a co-mother; never null
 */
public record Parenthood(@NotNull PersonId parent, @NotNull PersonId child, boolean legal,
                         Optional<ParenthoodKind> kind) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation with {@link ModelCodes#VALUE_INVALID} at {@code /parent} if the parent is the
     *     child, or at {@code /kind} if the parenthood is neither legal nor of a kind
     */
    public Parenthood {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
        kind = Require.optional(kind);
        if (parent.equals(child)) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/parent");
        }
        if (!legal && kind.isEmpty()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/kind");
        }
    }

    /**
     * A parent who is the child's legal and biological parent, the common case.
     *
     * @throws NullPointerException if an argument is null
     * @throws ModelViolation if the parent is the child
     */
    public static Parenthood legalAndBiological(PersonId parent, PersonId child) {
        return new Parenthood(parent, child, true, Optional.of(ParenthoodKind.BIOLOGICAL));
    }

    /**
     * A legal parent who is not the biological parent, such as a co-mother or a man who recognised the child.
     *
     * @throws NullPointerException if an argument is null
     * @throws ModelViolation if the parent is the child
     */
    public static Parenthood legalOnly(PersonId parent, PersonId child) {
        return new Parenthood(parent, child, true, Optional.empty());
    }

    /**
     * A parent of {@code kind} who is not the child's legal parent, such as a step-parent or foster parent.
     *
     * @throws NullPointerException if an argument is null
     * @throws ModelViolation if the parent is the child
     */
    public static Parenthood notLegal(PersonId parent, PersonId child, ParenthoodKind kind) {
        return new Parenthood(parent, child, false, Optional.of(Objects.requireNonNull(kind, "kind")));
    }
}
