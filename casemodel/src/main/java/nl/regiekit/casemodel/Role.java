package nl.regiekit.casemodel;

/** The role of a {@link FamilyMember} in the client system (rol in het gezin). */
public enum Role {
    /** A parent or carer who brings up the children (ouder, verzorger). */
    PARENT,
    /** A child under twelve, or any child not seen as a young person. */
    CHILD,
    /** A young person aged 12 to 24 (jongere), who may have a youth worker and a youth plan (method §5). */
    YOUNG_PERSON,
    /** Someone else who lives in the household, such as a new partner (overig huisgenoot). */
    OTHER_HOUSEHOLD_MEMBER,
    /** Extended family outside the household, such as a grandparent (familie). */
    EXTENDED_FAMILY;

    /** Whether this role counts as a child of the family: {@link #CHILD} or {@link #YOUNG_PERSON}. */
    public boolean isChild() {
        return this == CHILD || this == YOUNG_PERSON;
    }
}
