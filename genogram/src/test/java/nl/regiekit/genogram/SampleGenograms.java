package nl.regiekit.genogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.HouseholdId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;

/** Fictional genograms for tests; every person and name is invented. */
public final class SampleGenograms {

    static final PersonId HENK = PersonId.of("g-henk");
    static final PersonId RIET = PersonId.of("g-riet");
    static final PersonId AHMED = PersonId.of("g-ahmed");
    static final PersonId FATIMA = PersonId.of("g-fatima");
    static final PersonId MARK = PersonId.of("g-mark");
    static final PersonId JOYCE = PersonId.of("g-joyce");
    static final PersonId SAMIRA = PersonId.of("g-samira");
    static final PersonId KEES = PersonId.of("g-kees");
    static final PersonId EVA = PersonId.of("g-eva");
    static final PersonId DAAN = PersonId.of("g-daan");
    static final PersonId NOOR = PersonId.of("g-noor");
    static final PersonId LINA = PersonId.of("g-lina");
    static final PersonId FINN = PersonId.of("g-finn");

    private SampleGenograms() {
    }

    static Relative person(PersonId id, String given, String family, Gender gender, int born) {
        return Relative.of(id, PersonName.of(given, family), gender, born);
    }

    /**
     * Three generations: two pairs of grandparents, parents who divorced and each found a new
     * partner, half-siblings on both sides; addiction passed from grandfather to father.
     */
    public static Genogram threeGenerations() {
        HouseholdId mothers = HouseholdId.of("h-mother");
        HouseholdId fathers = HouseholdId.of("h-father");
        return Genogram.empty()
            .with(person(HENK, "Henk", "Visser", Gender.MALE, 1950).diedIn(2016).labelled(ConditionLabel.ADDICTION))
            .with(person(RIET, "Riet", "Visser", Gender.FEMALE, 1953))
            .with(person(AHMED, "أحمد", "El Amrani", Gender.MALE, 1955).labelled(ConditionLabel.PHYSICAL_ILLNESS))
            .with(person(FATIMA, "Fatima", "El Amrani", Gender.FEMALE, 1958))
            .with(person(MARK, "Mark", "Visser", Gender.MALE, 1978)
                .labelled(ConditionLabel.ADDICTION, ConditionLabel.JUSTICE_CONTACTS).livingIn(fathers))
            .with(person(JOYCE, "Joyce", "Visser", Gender.FEMALE, 1981))
            .with(person(SAMIRA, "Samira", "El Amrani", Gender.FEMALE, 1982)
                .labelled(ConditionLabel.PSYCHIATRIC_ILLNESS).livingIn(mothers))
            .with(person(KEES, "Kees", "de Wit", Gender.MALE, 1979).livingIn(mothers))
            .with(person(EVA, "Eva", "Jansen", Gender.FEMALE, 1985).livingIn(fathers))
            .with(person(DAAN, "Daan", "Visser", Gender.MALE, 2007).labelled(ConditionLabel.ADDICTION)
                .livingIn(mothers))
            .with(person(NOOR, "Noor", "Visser", Gender.FEMALE, 2010).livingIn(mothers))
            .with(person(LINA, "Lina", "de Wit", Gender.FEMALE, 2019).livingIn(mothers))
            .with(person(FINN, "Finn", "Visser", Gender.MALE, 2020).livingIn(fathers))
            .with(Couple.of(HENK, RIET, CoupleStatus.MARRIED, 1975).ended(CoupleStatus.WIDOWED, 2016))
            .with(Couple.of(AHMED, FATIMA, CoupleStatus.MARRIED, 1980))
            .with(Couple.of(MARK, SAMIRA, CoupleStatus.MARRIED, 2005).ended(CoupleStatus.DIVORCED, 2015))
            .with(Couple.of(SAMIRA, KEES, CoupleStatus.COHABITING, 2017))
            .with(Couple.of(EVA, MARK, CoupleStatus.MARRIED, 2018))
            .withChild(MARK, ParentKind.BIOLOGICAL, HENK, RIET)
            .withChild(JOYCE, ParentKind.BIOLOGICAL, HENK, RIET)
            .withChild(SAMIRA, ParentKind.BIOLOGICAL, AHMED, FATIMA)
            .withChild(DAAN, ParentKind.BIOLOGICAL, MARK, SAMIRA)
            .withChild(NOOR, ParentKind.BIOLOGICAL, MARK, SAMIRA)
            .withChild(LINA, ParentKind.BIOLOGICAL, SAMIRA, KEES)
            .withChild(FINN, ParentKind.BIOLOGICAL, MARK, EVA)
            .withChild(NOOR, ParentKind.STEP, KEES)
            .with(EmotionalTie.of(MARK, SAMIRA, EmotionalKind.CONFLICT))
            .with(EmotionalTie.of(NOOR, FATIMA, EmotionalKind.CLOSE))
            .with(EmotionalTie.of(NOOR, JOYCE, EmotionalKind.CLOSE))
            .with(EmotionalTie.of(NOOR, MARK, EmotionalKind.CUT_OFF))
            .with(EmotionalTie.of(HENK, MARK, EmotionalKind.PHYSICAL_ABUSE))
            .with(EmotionalTie.of(SAMIRA, DAAN, EmotionalKind.FUSED))
            .withIndex(NOOR);
    }

    /**
     * A family with a biological child, an adopted child, a foster child and identical twins;
     * a deceased grandmother, a grandparent of another gender and a same-sex couple, one of whom is a legal
     * parent of the other's biological daughter.
     */
    public static Genogram adoptionAndFoster() {
        PersonId oma = PersonId.of("a-oma");
        PersonId sam = PersonId.of("a-sam");
        PersonId anna = PersonId.of("a-anna");
        PersonId bo = PersonId.of("a-bo");
        PersonId joris = PersonId.of("a-joris");
        PersonId wei = PersonId.of("a-wei");
        PersonId mila = PersonId.of("a-mila");
        PersonId tim = PersonId.of("a-tim");
        PersonId tom = PersonId.of("a-tom");
        PersonId jesse = PersonId.of("a-jesse");
        PersonId unknown = PersonId.of("a-unknown");
        return Genogram.empty()
            .with(person(oma, "Greet", "Bos", Gender.FEMALE, 1940).diedIn(2012))
            .with(person(sam, "Sam", "Bos", Gender.OTHER, 1942))
            .with(new Relative(unknown, PersonName.of("Onbekend", "Onbekend"), Gender.UNKNOWN, Optional.empty(),
                Optional.empty(), false, Optional.empty(), List.of()))
            .with(person(anna, "Anna", "Bos", Gender.FEMALE, 1970))
            .with(person(bo, "Bo", "Smit", Gender.FEMALE, 1972))
            .with(person(joris, "Joris", "Bos", Gender.MALE, 1974).labelled(ConditionLabel.VIOLENCE))
            .with(person(wei, "王伟", "Bos", Gender.MALE, 2004))
            .with(person(mila, "Mila", "Bos", Gender.FEMALE, 2008))
            .with(person(tim, "Tim", "Bos", Gender.MALE, 2012))
            .with(person(tom, "Tom", "Bos", Gender.MALE, 2012))
            .with(person(jesse, "Jesse", "Vos", Gender.MALE, 2011).labelled(ConditionLabel.NEGLECT))
            .with(Couple.of(oma, sam, CoupleStatus.MARRIED, 1965).ended(CoupleStatus.WIDOWED, 2012))
            .with(Couple.of(anna, bo, CoupleStatus.MARRIED, 2003))
            .with(new Couple(joris, unknown, CoupleStatus.RELATIONSHIP, Optional.empty(), Optional.empty()))
            .withChild(anna, ParentKind.BIOLOGICAL, oma, sam)
            .withChild(joris, ParentKind.BIOLOGICAL, oma, sam)
            .withChild(wei, ParentKind.ADOPTED, anna, bo)
            .withChild(mila, ParentKind.BIOLOGICAL, anna)
            // Bo recognised Mila: her legal parent, not her biological one (a co-mother).
            .withChild(mila, ParentKind.LEGAL, bo)
            .withChild(tim, ParentKind.BIOLOGICAL, anna)
            .withChild(tom, ParentKind.BIOLOGICAL, anna)
            .withChild(jesse, ParentKind.FOSTER, anna, bo)
            .withChild(jesse, ParentKind.BIOLOGICAL, joris, unknown)
            .with(new Twins(tim, tom, true))
            .with(EmotionalTie.of(joris, jesse, EmotionalKind.NEGLECT))
            .with(EmotionalTie.of(anna, joris, EmotionalKind.DISTANT))
            .with(EmotionalTie.of(mila, bo, EmotionalKind.HOSTILE))
            .withIndex(jesse);
    }

    /** The sociogram of a mother with few informal ties: family, a neighbour, professionals. */
    public static Sociogram sociogram() {
        return new Sociogram("Samira", Optional.of(SAMIRA), List.of(
            SocialTie.of("Fatima", TieKind.FAMILY, 1, TieQuality.POSITIVE, SupportType.EMOTIONAL, SupportType.PRACTICAL),
            SocialTie.of("Mark", TieKind.FAMILY, 3, TieQuality.NEGATIVE),
            SocialTie.of("Joyce", TieKind.FAMILY, 2, TieQuality.AMBIVALENT, SupportType.PRACTICAL),
            SocialTie.of("Buurvrouw Els", TieKind.NEIGHBOUR, 2, TieQuality.POSITIVE),
            SocialTie.of("Collega's <schoonmaak> & co", TieKind.SCHOOL_OR_WORK, 3, TieQuality.AMBIVALENT),
            SocialTie.of("Casemanager", TieKind.PROFESSIONAL, 1, TieQuality.POSITIVE, SupportType.INFORMATION,
                SupportType.PRACTICAL),
            SocialTie.of("Huisarts", TieKind.PROFESSIONAL, 2, TieQuality.POSITIVE, SupportType.INFORMATION),
            SocialTie.of("Schuldhulp", TieKind.PROFESSIONAL, 2, TieQuality.AMBIVALENT, SupportType.PRACTICAL)));
    }

    /** The ecogram of the family: school, work, care, police, a mosque and a football club. */
    public static Ecogram ecogram() {
        return new Ecogram("Gezin El Amrani", List.of(
            new EcoSystem("Basisschool De Regenboog", SystemKind.SCHOOL, TieStrength.STRONG, EnergyFlow.TO_FAMILY),
            new EcoSystem("Schoonmaakbedrijf", SystemKind.WORK, TieStrength.WEAK, EnergyFlow.FROM_FAMILY),
            new EcoSystem("Verslavingszorg", SystemKind.HEALTH_CARE, TieStrength.STRESSFUL, EnergyFlow.BOTH),
            new EcoSystem("Wijkagent", SystemKind.POLICE, TieStrength.STRESSFUL, EnergyFlow.FROM_FAMILY),
            new EcoSystem("Moskee", SystemKind.FAITH, TieStrength.MODERATE, EnergyFlow.TO_FAMILY),
            new EcoSystem("Voetbalclub", SystemKind.CLUB, TieStrength.MODERATE, EnergyFlow.NONE),
            new EcoSystem("Jeugdzorg", SystemKind.YOUTH_CARE, TieStrength.WEAK, EnergyFlow.TO_FAMILY)));
    }

    /**
     * Exactly {@code size} people over five or so generations from a seeded random: founder couples,
     * children in birth order (now and then adopted, fostered or twins), partners who marry in,
     * divorces and second partnerships. Each founder couple starts its own line and no marriage
     * joins two lines (as the maternal and paternal lines meet in {@link #threeGenerations()}):
     * many such joins between far-apart lines are what the layout does worst at (see
     * docs/genogram.md), and a genogram drawn around one index person has few.
     */
    public static Genogram generated(long seed, int size) {
        Random random = new Random(seed);
        List<Relative> people = new ArrayList<>();
        List<Couple> couples = new ArrayList<>();
        List<ParentLink> links = new ArrayList<>();
        List<PersonId[]> open = new ArrayList<>();
        List<Twins> twins = new ArrayList<>();
        int[] next = {0};
        java.util.function.IntFunction<Relative> born = year -> {
            Gender gender = random.nextInt(50) == 0 ? Gender.OTHER : random.nextBoolean() ? Gender.MALE : Gender.FEMALE;
            Relative r = Relative.of(PersonId.of("r-" + next[0]++), PersonName.of("P" + next[0], "F" + random.nextInt(40)),
                gender, year);
            if (random.nextInt(12) == 0) {
                r = r.labelled(ConditionLabel.values()[random.nextInt(ConditionLabel.values().length)]);
            }
            if (year < 1935 || (year < 1960 && random.nextBoolean())) {
                r = r.diedIn(year + 60 + random.nextInt(25));
            }
            people.add(r);
            return r;
        };
        int founders = Math.max(1, size / 60);
        int cursor = 0;
        while (people.size() < size) {
            if (cursor == open.size() || open.size() < founders) {
                // A founder couple: at the start, and whenever every line has died out; a single
                // founder when only one place is left.
                Relative a = born.apply(1900 + random.nextInt(10));
                if (people.size() < size) {
                    Relative b = born.apply(1900 + random.nextInt(10));
                    couples.add(Couple.of(a.id(), b.id(), CoupleStatus.MARRIED, 1925));
                    open.add(new PersonId[] {a.id(), b.id()});
                }
                continue;
            }
            PersonId[] couple = open.get(cursor++);
            int parentYear = people.stream().filter(p -> p.id().equals(couple[0])).findFirst()
                .flatMap(Relative::birthYear).orElse(1950);
            int children = 1 + random.nextInt(3);
            Relative previous = null;
            for (int c = 0; c < children && people.size() < size; c++) {
                boolean twin = previous != null && random.nextInt(10) == 0;
                Relative child = born.apply(twin ? previous.birthYear().orElseThrow()
                    : Math.min(2025, parentYear + 22 + 3 * c + random.nextInt(3)));
                if (twin) {
                    twins.add(new Twins(previous.id(), child.id(), random.nextBoolean()));
                }
                int kind = random.nextInt(20);
                for (PersonId parent : couple) {
                    links.add(ParentLink.of(parent, child.id(),
                        kind == 0 ? ParentKind.ADOPTED : kind == 1 ? ParentKind.FOSTER : ParentKind.BIOLOGICAL));
                }
                previous = child;
                int partnerships = random.nextInt(6) == 0 ? 2 : random.nextInt(5) == 0 ? 0 : 1;
                for (int k = 0; k < partnerships && people.size() < size; k++) {
                    Relative partner = born.apply(child.birthYear().orElseThrow() + random.nextInt(5) - 2);
                    int start = child.birthYear().orElseThrow() + 20 + 10 * k;
                    Couple union = Couple.of(child.id(), partner.id(), CoupleStatus.MARRIED, start);
                    couples.add(k == 0 && partnerships == 2 ? union.ended(CoupleStatus.DIVORCED, start + 8) : union);
                    open.add(new PersonId[] {child.id(), partner.id()});
                }
            }
        }
        return new Genogram(people, couples, links, twins, List.of(), Optional.of(people.get(people.size() - 1).id()));
    }
    /**
     * {@link #generated(long, int)} drawn as a case's genogram is: the living couples' households
     * with their children born from 2008 on; emotional ties between near relatives (parents,
     * siblings, partners, grandparents), about one per six people, now and then two between one
     * pair; and, about once per thirty people, a marriage between two people of one generation with
     * other parents, which joins two lines. The families of the layout's measures (docs/genogram.md).
     */
    public static Genogram family(long seed, int size) {
        Genogram base = generated(seed, size);
        Random random = new Random(seed * 31 + size);
        Map<PersonId, Integer> generation = new GenogramQueries(base).generations();
        Map<PersonId, List<PersonId>> parents = new LinkedHashMap<>();
        base.parentLinks().forEach(l -> parents.computeIfAbsent(l.child(), c -> new ArrayList<>()).add(l.parent()));
        Map<PersonId, List<PersonId>> partners = new LinkedHashMap<>();
        base.couples().forEach(c -> {
            partners.computeIfAbsent(c.first(), p -> new ArrayList<>()).add(c.second());
            partners.computeIfAbsent(c.second(), p -> new ArrayList<>()).add(c.first());
        });
        List<Couple> couples = new ArrayList<>(base.couples());
        List<PersonId> single = base.people().stream().map(Relative::id)
            .filter(id -> parents.containsKey(id) && !partners.containsKey(id)).toList();
        for (int join = 0; join < size / 30 && !single.isEmpty(); join++) {
            PersonId a = single.get(random.nextInt(single.size()));
            List<PersonId> others = single.stream().filter(b -> !partners.containsKey(a) && !partners.containsKey(b)
                && generation.get(b).equals(generation.get(a)) && !parents.get(b).equals(parents.get(a))).toList();
            if (!others.isEmpty()) {
                PersonId b = others.get(random.nextInt(others.size()));
                couples.add(Couple.of(a, b, CoupleStatus.COHABITING, 2000 + random.nextInt(20)));
                partners.put(a, List.of(b));
                partners.put(b, List.of(a));
            }
        }
        Map<PersonId, Relative> people = new LinkedHashMap<>(base.peopleById());
        int households = 0;
        for (Couple couple : couples) {
            Relative a = people.get(couple.first());
            Relative b = people.get(couple.second());
            if (a.deceased() || b.deceased() || a.household().isPresent() || b.household().isPresent()
                || a.birthYear().orElse(0) < 1960) {
                continue;
            }
            HouseholdId home = HouseholdId.of("h-" + households++);
            people.put(a.id(), a.livingIn(home));
            people.put(b.id(), b.livingIn(home));
            for (ParentLink link : base.parentLinks()) {
                Relative child = people.get(link.child());
                if (link.parent().equals(a.id()) && parents.get(child.id()).contains(b.id())
                    && child.household().isEmpty() && child.birthYear().orElse(0) >= 2008) {
                    people.put(child.id(), child.livingIn(home));
                }
            }
        }
        List<EmotionalTie> ties = new ArrayList<>();
        List<PersonId> children = List.copyOf(parents.keySet());
        for (int t = 0; t < size / 6 && !children.isEmpty(); t++) {
            PersonId from = children.get(random.nextInt(children.size()));
            List<PersonId> near = new ArrayList<>(parents.get(from));
            parents.get(from).forEach(p -> near.addAll(parents.getOrDefault(p, List.of())));
            near.addAll(partners.getOrDefault(from, List.of()));
            parents.forEach((child, of) -> {
                if (!child.equals(from) && of.equals(parents.get(from))) {
                    near.add(child);
                }
            });
            PersonId to = near.get(random.nextInt(near.size()));
            EmotionalKind[] kinds = EmotionalKind.values();
            ties.add(EmotionalTie.of(from, to, kinds[random.nextInt(kinds.length)]));
            if (random.nextInt(5) == 0) {
                ties.add(EmotionalTie.of(to, from, kinds[random.nextInt(kinds.length)]));
            }
        }
        return new Genogram(List.copyOf(people.values()), couples, base.parentLinks(), base.twins(), ties,
            base.index());
    }

    private static final String[] NETWORK_NAMES = {"Oma Riet", "Buurman Ahmed", "Juf Marieke", "Wijkcoach",
        "Tante Fatima-Zahra", "Voetbaltrainer", "Collega's van de bakkerij", "Huisarts", "Schuldhulp", "Vriendin Sanne",
        "Neef Kevin", "Maatschappelijk werker", "Ouderenadviseur", "Buurvrouw Els", "Jongerenwerker", "Opa"};
    private static final String[] SYSTEM_NAMES = {"Basisschool De Regenboog", "Schoonmaakbedrijf",
        "Verslavingszorg", "Wijkagent", "Moskee", "Voetbalclub", "Jeugdzorg", "Schuldhulpverlening",
        "Woningcorporatie", "UWV", "Huisartsenpraktijk De Linde", "Grootouders", "Kerk", "Buurthuis", "Reclassering",
        "GGZ"};

    /**
     * A sociogram of {@code size} ties from a seeded random: names of several lengths, every kind,
     * circle, quality and mix of support.
     */
    public static Sociogram sociogram(long seed, int size) {
        Random random = new Random(seed);
        List<SocialTie> ties = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<SupportType> support = new ArrayList<>();
            for (SupportType type : SupportType.values()) {
                if (random.nextInt(3) == 0) {
                    support.add(type);
                }
            }
            ties.add(SocialTie.of(NETWORK_NAMES[random.nextInt(NETWORK_NAMES.length)],
                TieKind.values()[random.nextInt(TieKind.values().length)], 1 + random.nextInt(3),
                TieQuality.values()[random.nextInt(TieQuality.values().length)], support.toArray(SupportType[]::new)));
        }
        return new Sociogram("Samira", Optional.of(SAMIRA), ties);
    }

    /** An ecogram of {@code size} systems from a seeded random: every kind, strength and flow of energy. */
    public static Ecogram ecogram(long seed, int size) {
        Random random = new Random(seed);
        List<EcoSystem> systems = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            systems.add(new EcoSystem(SYSTEM_NAMES[random.nextInt(SYSTEM_NAMES.length)],
                SystemKind.values()[random.nextInt(SystemKind.values().length)],
                TieStrength.values()[random.nextInt(TieStrength.values().length)],
                EnergyFlow.values()[random.nextInt(EnergyFlow.values().length)]));
        }
        return new Ecogram("Gezin El Amrani", systems);
    }
}
