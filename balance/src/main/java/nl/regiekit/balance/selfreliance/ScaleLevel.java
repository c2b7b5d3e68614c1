package nl.regiekit.balance.selfreliance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;


import nl.regiekit.casemodel.internal.Require;

/**
 * One labelled level of an instrument's scale (niveau), such as 1, "acute problematiek"; its name in a
 * language is the instrument's to give ({@link Instrument#levelName}). Immutable and thread-safe.
 *
 * @param value the level's number, 0 to 99
 * @param nameNl the Dutch label; never null or blank
 * @param nameEn the English label; never null or blank
 */
public record ScaleLevel(@Min(0) @Max(99) int value, @NotBlank @Size(max = 100) String nameNl,
                         @NotBlank @Size(max = 100) String nameEn) {

    /**
     * @throws NullPointerException if a label is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if a label is blank or the value out of range
     */
    public ScaleLevel {
        Require.range(value, 0, 99, "value");
        Require.nonBlank(nameNl, "nameNl");
        Require.nonBlank(nameEn, "nameEn");
    }
}
