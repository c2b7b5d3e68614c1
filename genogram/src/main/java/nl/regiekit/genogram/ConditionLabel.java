package nl.regiekit.genogram;

/**
 * A condition that matters to the method and is marked on a person in a genogram
 * (kenmerk): the problems that pass between generations (method §1, intergenerational
 * transfer). Each has a one-letter mark for the picture.
 */
public enum ConditionLabel {
    /** Alcohol or drug addiction (verslaving). */
    ADDICTION('A'),
    /** Psychiatric illness (psychiatrische aandoening). */
    PSYCHIATRIC_ILLNESS('P'),
    /** Contacts with police or justice (justitiecontacten). */
    JUSTICE_CONTACTS('J'),
    /** Domestic or other violence (geweld). */
    VIOLENCE('G'),
    /** Neglect experienced or exercised (verwaarlozing). */
    NEGLECT('N'),
    /** Intellectual disability (verstandelijke beperking). */
    INTELLECTUAL_DISABILITY('B'),
    /** Serious or chronic physical illness (lichamelijke ziekte). */
    PHYSICAL_ILLNESS('L'),
    /** Debts or long poverty (schulden, armoede). */
    DEBT('S');

    private final char mark;

    ConditionLabel(char mark) {
        this.mark = mark;
    }

    /** The letter drawn beside the person's symbol; unique per label. */
    public char mark() {
        return mark;
    }
}
