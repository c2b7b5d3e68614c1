package nl.regiekit.genogram;

import java.util.Objects;

import nl.regiekit.casemodel.Parenthood;

/**
 * How a parent is a parent (ouderschap), each drawn in its own line style. A case's genogram draws its
 * family's recorded {@link Parenthood}s with the kind {@link #of(Parenthood)} gives; the genogram rules
 * report a link that differs.
 */
public enum ParentKind {
    /** Biological parent (biologisch): a solid line. */
    BIOLOGICAL,
    /** Adoptive parent (adoptie): a dashed line. */
    ADOPTED,
    /** Foster parent (pleegzorg): a dotted line. */
    FOSTER,
    /** Step-parent (stiefouder), the partner of a parent: a thin dash-dot line. */
    STEP,
    /**
     * Legal parent who is nothing else (juridisch ouder), such as a co-mother or a man who recognised the
     * child without being its biological father: a long-dashed line.
     */
    LEGAL;

    /**
     * The kind a genogram draws for a family's recorded parenthood: its biological, adoptive, step or foster
     * kind, and {@link #LEGAL} for a legal parent of no other kind.
     *
     * @throws NullPointerException if {@code parenthood} is null
     */
    public static ParentKind of(Parenthood parenthood) {
        return Objects.requireNonNull(parenthood, "parenthood").kind().map(kind -> switch (kind) {
            case BIOLOGICAL -> BIOLOGICAL;
            case ADOPTIVE -> ADOPTED;
            case STEP -> STEP;
            case FOSTER -> FOSTER;
        }).orElse(LEGAL);
    }

    /** Whether the link places the child in the parent's line of descent (all but step). */
    public boolean descent() {
        return this != STEP;
    }
}
