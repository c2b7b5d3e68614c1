package nl.regiekit.genogram;

/** How a parent is a parent (ouderschap), each drawn in its own line style. */
public enum ParentKind {
    /** Biological parent (biologisch): a solid line. */
    BIOLOGICAL,
    /** Adoptive parent (adoptie): a dashed line. */
    ADOPTED,
    /** Foster parent (pleegzorg): a dotted line. */
    FOSTER,
    /** Step-parent (stiefouder), the partner of a parent: a thin dash-dot line. */
    STEP;

    /** Whether the link places the child in the parent's line of descent (all but step). */
    public boolean descent() {
        return this != STEP;
    }
}
