package nl.regiekit.cli;

import static nl.regiekit.cli.DemoCase.DAUGHTER;
import static nl.regiekit.cli.DemoCase.FATHER;
import static nl.regiekit.cli.DemoCase.GRANDMOTHER;
import static nl.regiekit.cli.DemoCase.MOTHER;
import static nl.regiekit.cli.DemoCase.PARTNER;
import static nl.regiekit.cli.DemoCase.SON;

import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.HouseholdId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.genogram.ConditionLabel;
import nl.regiekit.genogram.Couple;
import nl.regiekit.genogram.CoupleStatus;
import nl.regiekit.genogram.EcoSystem;
import nl.regiekit.genogram.Ecogram;
import nl.regiekit.genogram.EmotionalKind;
import nl.regiekit.genogram.EmotionalTie;
import nl.regiekit.genogram.EnergyFlow;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.ParentKind;
import nl.regiekit.genogram.Relative;
import nl.regiekit.genogram.SocialTie;
import nl.regiekit.genogram.Sociogram;
import nl.regiekit.genogram.SupportType;
import nl.regiekit.genogram.SystemKind;
import nl.regiekit.genogram.TieKind;
import nl.regiekit.genogram.TieQuality;
import nl.regiekit.genogram.TieStrength;

/**
 * The demo family's genogram, sociogram and ecogram (method §9), built with the public API:
 * three generations around Noor, with the father's addiction passed down from his own father,
 * the parents' divorce and the mother's new partner, the grandmother as Noor's support pillar and
 * the father's cut-off from his father. All people are invented.
 */
final class DemoGraphs {

    private static final PersonId GRANDFATHER = PersonId.of("p-grandfather");
    private static final PersonId PATERNAL_GRANDFATHER = PersonId.of("p-paternal-grandfather");
    private static final PersonId PATERNAL_GRANDMOTHER = PersonId.of("p-paternal-grandmother");
    private static final PersonId UNCLE = PersonId.of("p-uncle");

    private DemoGraphs() {
    }

    /** The genogram: the six family members of the case and four relatives outside it. */
    static Genogram genogram() {
        HouseholdId mothers = HouseholdId.of("h-mother");
        HouseholdId fathers = HouseholdId.of("h-father");
        return Genogram.empty()
            .with(relative(PATERNAL_GRANDFATHER, "Gerrit", "Bakker", Gender.MALE, 1954).diedIn(2015)
                .labelled(ConditionLabel.ADDICTION, ConditionLabel.VIOLENCE))
            .with(relative(PATERNAL_GRANDMOTHER, "Ans", "Bakker", Gender.FEMALE, 1957))
            .with(relative(GRANDFATHER, "Youssef", "El Amrani", Gender.MALE, 1958).diedIn(2019))
            .with(relative(GRANDMOTHER, "Fatima", "El Amrani", Gender.FEMALE, 1961))
            .with(relative(FATHER, "Dennis", "Bakker", Gender.MALE, 1983).livingIn(fathers)
                .labelled(ConditionLabel.ADDICTION, ConditionLabel.DEBT))
            .with(relative(UNCLE, "Kevin", "Bakker", Gender.MALE, 1987).labelled(ConditionLabel.JUSTICE_CONTACTS))
            .with(relative(MOTHER, "Samira", "El Amrani", Gender.FEMALE, 1986).livingIn(mothers)
                .labelled(ConditionLabel.DEBT))
            .with(relative(PARTNER, "Ruben", "Visser", Gender.MALE, 1985).livingIn(mothers))
            .with(relative(DAUGHTER, "Noor", "Bakker", Gender.FEMALE, 2010).livingIn(mothers))
            .with(relative(SON, "Milan", "Bakker", Gender.MALE, 2017).livingIn(mothers))
            .with(Couple.of(PATERNAL_GRANDFATHER, PATERNAL_GRANDMOTHER, CoupleStatus.MARRIED, 1981)
                .ended(CoupleStatus.DIVORCED, 1995))
            .with(Couple.of(GRANDFATHER, GRANDMOTHER, CoupleStatus.MARRIED, 1984).ended(CoupleStatus.WIDOWED, 2019))
            .with(Couple.of(FATHER, MOTHER, CoupleStatus.MARRIED, 2009).ended(CoupleStatus.DIVORCED, 2021))
            .with(Couple.of(MOTHER, PARTNER, CoupleStatus.COHABITING, 2022))
            .withChild(FATHER, ParentKind.BIOLOGICAL, PATERNAL_GRANDFATHER, PATERNAL_GRANDMOTHER)
            .withChild(UNCLE, ParentKind.BIOLOGICAL, PATERNAL_GRANDFATHER, PATERNAL_GRANDMOTHER)
            .withChild(MOTHER, ParentKind.BIOLOGICAL, GRANDFATHER, GRANDMOTHER)
            .withChild(DAUGHTER, ParentKind.BIOLOGICAL, FATHER, MOTHER)
            .withChild(SON, ParentKind.BIOLOGICAL, FATHER, MOTHER)
            .with(EmotionalTie.of(DAUGHTER, GRANDMOTHER, EmotionalKind.CLOSE))
            .with(EmotionalTie.of(DAUGHTER, FATHER, EmotionalKind.CONFLICT))
            .with(EmotionalTie.of(FATHER, MOTHER, EmotionalKind.HOSTILE))
            .with(EmotionalTie.of(FATHER, PATERNAL_GRANDFATHER, EmotionalKind.CUT_OFF))
            .with(EmotionalTie.of(PATERNAL_GRANDFATHER, FATHER, EmotionalKind.PHYSICAL_ABUSE))
            .with(EmotionalTie.of(MOTHER, SON, EmotionalKind.CLOSE))
            .withIndex(DAUGHTER);
    }

    /** Noor's sociogram: family, a friend, her mentor and the professionals around her. */
    static Sociogram sociogram() {
        return new Sociogram("Noor", Optional.of(DAUGHTER), List.of(
            new SocialTie("Samira (moeder)", Optional.of(MOTHER), TieKind.FAMILY, 1, TieQuality.AMBIVALENT,
                List.of(SupportType.PRACTICAL)),
            new SocialTie("Fatima (oma)", Optional.of(GRANDMOTHER), TieKind.FAMILY, 1, TieQuality.POSITIVE,
                List.of(SupportType.EMOTIONAL, SupportType.PRACTICAL)),
            new SocialTie("Milan (broer)", Optional.of(SON), TieKind.FAMILY, 1, TieQuality.POSITIVE, List.of()),
            new SocialTie("Dennis (vader)", Optional.of(FATHER), TieKind.FAMILY, 3, TieQuality.NEGATIVE, List.of()),
            SocialTie.of("Sanne", TieKind.FRIEND, 2, TieQuality.POSITIVE, SupportType.EMOTIONAL),
            SocialTie.of("Buurvrouw Joke", TieKind.NEIGHBOUR, 3, TieQuality.POSITIVE),
            SocialTie.of("Mentor", TieKind.SCHOOL_OR_WORK, 2, TieQuality.AMBIVALENT, SupportType.INFORMATION),
            SocialTie.of("Jeugdhulpverlener", TieKind.PROFESSIONAL, 2, TieQuality.POSITIVE, SupportType.EMOTIONAL,
                SupportType.INFORMATION),
            SocialTie.of("Schoolmaatschappelijk werk", TieKind.PROFESSIONAL, 3, TieQuality.AMBIVALENT,
                SupportType.INFORMATION)));
    }

    /** The family's ecogram: the systems of the case's involved organisations and of daily life. */
    static Ecogram ecogram() {
        return new Ecogram("Gezin Bakker-El Amrani", List.of(
            new EcoSystem("Basisschool De Regenboog", SystemKind.SCHOOL, TieStrength.STRESSFUL, EnergyFlow.BOTH),
            new EcoSystem("Jeugdhulp Regio Noord", SystemKind.YOUTH_CARE, TieStrength.MODERATE, EnergyFlow.TO_FAMILY),
            new EcoSystem("Schuldhulpverlening", SystemKind.SOCIAL_SERVICES, TieStrength.WEAK, EnergyFlow.TO_FAMILY),
            new EcoSystem("Verslavingszorg Noord", SystemKind.HEALTH_CARE, TieStrength.WEAK, EnergyFlow.TO_FAMILY),
            new EcoSystem("Woningcorporatie", SystemKind.HOUSING, TieStrength.STRESSFUL, EnergyFlow.FROM_FAMILY),
            new EcoSystem("Werk Ruben", SystemKind.WORK, TieStrength.MODERATE, EnergyFlow.TO_FAMILY),
            new EcoSystem("Voetbalclub Milan", SystemKind.CLUB, TieStrength.STRONG, EnergyFlow.TO_FAMILY),
            new EcoSystem("Oma Fatima", SystemKind.EXTENDED_FAMILY, TieStrength.STRONG, EnergyFlow.BOTH)));
    }

    private static Relative relative(PersonId id, String given, String family, Gender gender, int born) {
        return Relative.of(id, PersonName.of(given, family), gender, born);
    }
}
