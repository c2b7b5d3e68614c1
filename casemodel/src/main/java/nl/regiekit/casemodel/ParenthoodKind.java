package nl.regiekit.casemodel;

/**
 * How a member came to be a child's parent (ouderschap, method §11), apart from whether the law sees
 * them as its legal parent. Legal parenthood ({@link Parenthood#legal()}), biological parenthood,
 * authority and daily care are four different things.
 */
public enum ParenthoodKind {
    /** Biological parent (biologisch ouder). */
    BIOLOGICAL,
    /** Adoptive parent (adoptiefouder). */
    ADOPTIVE,
    /** Step-parent (stiefouder): the partner of a parent. */
    STEP,
    /** Foster parent (pleegouder): brings the child up in a foster placement. */
    FOSTER
}
