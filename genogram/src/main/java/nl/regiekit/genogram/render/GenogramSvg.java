package nl.regiekit.genogram.render;

import static nl.regiekit.markup.MarkupWriter.number;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.HouseholdId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.ConditionLabel;
import nl.regiekit.genogram.Couple;
import nl.regiekit.genogram.CoupleStatus;
import nl.regiekit.genogram.EmotionalKind;
import nl.regiekit.genogram.EmotionalTie;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.ParentKind;
import nl.regiekit.genogram.ParentLink;
import nl.regiekit.genogram.Relative;
import nl.regiekit.genogram.Twins;
import nl.regiekit.genogram.internal.Svg;
import nl.regiekit.genogram.render.GenogramLayout.Placement;
import nl.regiekit.markup.Attributes;

/**
 * Draws a genogram as SVG with the profession's standard symbols: a square for a man, a circle
 * for a woman, a diamond for another gender (dashed, with a question mark, when unknown), a
 * cross for a deceased person, a double outline for the index person, the age inside. Couple
 * lines below the partners (solid married, dashed living together, dotted in a relationship,
 * one slash separated, two slashes divorced); children hang from their parents' line (dashed
 * adopted, dotted foster; step-parents in a thin dash-dot line); twins from one point;
 * emotional relationships in colour (two lines close, three fused, dotted distant, zigzag
 * conflict, a break for cut-off, arrows for abuse and neglect); a dashed boundary around each
 * household; condition labels as lettered marks; a legend of only what the picture uses.
 * Names are drawn as given, escaped, in UTF-8. Deterministic. Immutable and thread-safe.
 */
public final class GenogramSvg {

    private static final double S = GenogramLayout.SYMBOL;
    private static final double H = S / 2;
    /** The couple's years: their size, and how far above the couple's line. */
    private static final double YEARS_SIZE = 10;
    private static final double YEARS_ABOVE = 10;
    /** The gap in a cut-off's line, between its two bars. */
    private static final double CUT_GAP = 8;
    private static final Attributes INK = Attributes.of("stroke", "#222222").and("stroke-width", 2).and("fill", "none");
    /** The styles of a person's texts, the same for every person: made once, not once a person. */
    private static final Attributes AGE = Attributes.of("fill", "#222222").and("font-weight", "bold")
        .and("stroke", "#ffffff").and("stroke-width", 3).and("paint-order", "stroke");
    private static final Attributes UNKNOWN_MARK = Attributes.of("fill", "#222222");
    private static final Attributes LABEL_MARK = Attributes.of("fill", "#ffffff").and("font-weight", "bold");
    private static final Attributes GIVEN = Attributes.of("fill", "#111111");
    private static final Attributes FAMILY = Attributes.of("fill", "#444444");
    private static final Attributes LIFE_YEARS = Attributes.of("fill", "#666666");
    private static final String[] LABEL_COLOURS = {"#b3541e", "#6a3d9a", "#1f4e9c", "#c0392b", "#8e6c00",
        "#2e7d32", "#00838f", "#5d4037"};

    private final Year asOf;
    private final Locale locale;
    private final String idPrefix;

    /**
     * @param asOf the year ages are counted to for living people
     * @param locale the language of the legend: Dutch unless English
     * @throws NullPointerException if an argument is null
     */
    public GenogramSvg(Year asOf, Locale locale) {
        this(Objects.requireNonNull(asOf, "asOf"), Objects.requireNonNull(locale, "locale"), "");
    }

    private GenogramSvg(Year asOf, Locale locale, String idPrefix) {
        this.asOf = asOf;
        this.locale = locale;
        this.idPrefix = idPrefix;
    }

    /**
     * This renderer with every identifier in its pictures (the arrowhead marker and each reference
     * to it) prefixed, so that several pictures can share one page, such as a report.
     *
     * @param prefix letters, digits, {@code -}, {@code _} and {@code .}, starting with a letter or
     *     {@code _}; or empty for none, the default
     * @return a renderer with this prefix, never null
     * @throws IllegalArgumentException if {@code prefix} is not such a prefix
     * @throws NullPointerException if {@code prefix} is null
     */
    public GenogramSvg withIdPrefix(String prefix) {
        return new GenogramSvg(asOf, locale, Svg.checkedIdPrefix(prefix));
    }

    /**
     * The SVG document of {@code genogram}.
     *
     * @throws NullPointerException if {@code genogram} is null
     */
    public String render(Genogram genogram) {
        return render(genogram, GenogramLayout.of(genogram));
    }

    /**
     * The SVG document of {@code genogram} with a layout made before.
     *
     * @throws NullPointerException if an argument is null
     */
    public String render(Genogram genogram, GenogramLayout layout) {
        Objects.requireNonNull(genogram, "genogram");
        Objects.requireNonNull(layout, "layout");
        List<String> legendKeys = legendKeys(genogram);
        double legendHeight = 40 + 24 * Math.ceil(legendKeys.size() / 3.0);
        double width = Math.max(layout.width(), 760);
        Svg svg = new Svg(width, layout.height() + legendHeight, "Genogram", 8192 + 1024 * genogram.people().size(),
            idPrefix);
        Map<PersonId, Relative> known = genogram.peopleById();
        boolean routed = genogram.ties().stream().anyMatch(t -> known(known, t.from(), t.to()))
            || genogram.parentLinks().stream()
                .anyMatch(l -> l.kind() == ParentKind.STEP && known(known, l.parent(), l.child()));
        TieRouter router = new TieRouter(layout, genogram.people(), coupleTexts(genogram, layout), routed);
        households(svg, genogram, layout, router);
        couples(svg, genogram, layout, router);
        children(svg, genogram, layout, router);
        ties(svg, genogram, layout, router);
        people(svg, genogram, layout);
        legend(svg, legendKeys, layout.height(), width);
        return svg.finish();
    }

    /** The keys of what the picture uses, in the legend's order. */
    private static List<String> legendKeys(Genogram genogram) {
        Set<String> keys = new LinkedHashSet<>();
        Map<PersonId, Relative> people = genogram.peopleById();
        for (Gender gender : Gender.values()) {
            if (genogram.people().stream().anyMatch(p -> p.gender() == gender)) {
                keys.add(gender.name());
            }
        }
        genogram.index().filter(people::containsKey).ifPresent(i -> keys.add("index"));
        if (genogram.people().stream().anyMatch(Relative::deceased)) {
            keys.add("deceased");
        }
        if (genogram.people().stream().anyMatch(p -> p.household().isPresent())) {
            keys.add("household");
        }
        for (CoupleStatus status : CoupleStatus.values()) {
            if (genogram.couples().stream().anyMatch(c -> c.status() == status && known(people, c.first(), c.second()))) {
                keys.add(status.name());
            }
        }
        for (ParentKind kind : ParentKind.values()) {
            if (genogram.parentLinks().stream().anyMatch(l -> l.kind() == kind && known(people, l.parent(), l.child()))) {
                keys.add(kind.name());
            }
        }
        for (Twins twins : genogram.twins()) {
            if (known(people, twins.first(), twins.second())) {
                keys.add(twins.identical() ? "twins-identical" : "twins");
            }
        }
        for (EmotionalKind kind : EmotionalKind.values()) {
            if (genogram.ties().stream().anyMatch(t -> t.kind() == kind && known(people, t.from(), t.to()))) {
                keys.add("tie:" + kind.name());
            }
        }
        for (ConditionLabel label : ConditionLabel.values()) {
            if (genogram.people().stream().anyMatch(p -> p.has(label))) {
                keys.add("label:" + label.name());
            }
        }
        return List.copyOf(keys);
    }

    private static boolean known(Map<PersonId, Relative> people, PersonId a, PersonId b) {
        return people.containsKey(a) && people.containsKey(b);
    }

    /**
     * A dashed boundary around each household: a box around each run of members side by side in a
     * row, in a group per household, each household's outlines first and its fills over them, so
     * that only the outer edge of the joined shape shows. Runs in successive rows are joined by a
     * band where the band overlaps no other household and no one else; a household that is left in
     * several parts shows its number in the corner of each part. The router learns the outlines,
     * which lines keep off, and the numbers, which they keep clear of.
     */
    private static void households(Svg svg, Genogram genogram, GenogramLayout layout, TieRouter router) {
        Map<PersonId, HouseholdId> home = new LinkedHashMap<>();
        genogram.people().forEach(p -> p.household().ifPresent(h -> home.put(p.id(), h)));
        List<HouseholdId> households = List.copyOf(new LinkedHashSet<>(home.values()));
        List<List<double[]>> runsOf = new ArrayList<>();
        for (HouseholdId household : households) {
            List<double[]> runs = new ArrayList<>();
            for (List<PersonId> row : layout.rows()) {
                double[] run = null;
                for (PersonId id : row) {
                    if (household.equals(home.get(id))) {
                        Placement p = layout.placement(id).orElseThrow();
                        if (run == null) {
                            run = new double[] {p.x() - GenogramLayout.SLOT / 2 + 6, p.y() - H - 12, 0, p.y() + H + 56};
                            runs.add(run);
                        }
                        run[2] = p.x() + GenogramLayout.SLOT / 2 - 6;
                    } else {
                        run = null;
                    }
                }
            }
            runsOf.add(runs);
        }
        List<double[]> taken = new ArrayList<>();
        runsOf.forEach(taken::addAll);
        for (Relative person : genogram.people()) {
            if (!home.containsKey(person.id())) {
                Placement p = layout.placement(person.id()).orElseThrow();
                taken.add(new double[] {p.x() - GenogramLayout.SLOT / 2 + 6, p.y() - H - 12,
                    p.x() + GenogramLayout.SLOT / 2 - 6, p.y() + H + 56});
            }
        }
        svg.group("households");
        Attributes outline = Attributes.of("stroke", "#2e7d32").and("stroke-width", 1.5)
            .and("stroke-dasharray", "8 5").and("fill", "none");
        Attributes fill = Attributes.of("fill", "#f4faf4");
        int split = 0;
        for (List<double[]> runs : runsOf) {
            List<double[]> bands = new ArrayList<>();
            int[] part = new int[runs.size()];
            for (int i = 0; i < runs.size(); i++) {
                part[i] = i;
            }
            for (int i = 1; i < runs.size(); i++) {
                double[] band = band(runs.get(i - 1), runs.get(i));
                if (band != null && free(band, taken, runs)) {
                    bands.add(band);
                    taken.add(band);
                    int from = part[i];
                    int to = part[i - 1];
                    for (int k = 0; k < part.length; k++) {
                        part[k] = part[k] == from ? to : part[k];
                    }
                }
            }
            boolean whole = java.util.Arrays.stream(part).distinct().count() <= 1;
            svg.group("household");
            for (boolean stroke : new boolean[] {true, false}) {
                for (double[] box : runs) {
                    svg.rect(box[0], box[1], box[2] - box[0], box[3] - box[1], 16, stroke ? outline : fill);
                }
                for (double[] band : bands) {
                    svg.rect(band[0], band[1], band[2] - band[0], band[3] - band[1], 0, stroke ? outline : fill);
                }
            }
            for (double[] box : runs) {
                router.outline(box);
            }
            bands.forEach(router::outline);
            if (!whole) {
                String number = String.valueOf(++split);
                Set<Integer> numbered = new java.util.HashSet<>();
                for (int i = 0; i < runs.size(); i++) {
                    if (numbered.add(part[i])) {
                        // Beside the first symbol's lower half, where no descent line comes: those
                        // enter the top of a symbol, and a single parent's leaves its middle.
                        double[] box = runs.get(i);
                        double middle = box[1] + H + 12;
                        svg.text(box[0] + 12, middle + 19, 10, number, Attributes.of("fill", "#2e7d32")
                            .and("font-weight", "bold"));
                        router.text(new double[] {box[0] + 4, middle + 8, box[0] + 20, middle + 22});
                    }
                }
            }
            svg.end();
        }
        svg.end();
    }

    /** The band that joins a run to the next in a lower row, or null when they are in one row. */
    private static double[] band(double[] upper, double[] lower) {
        if (lower[1] <= upper[3]) {
            return null;
        }
        double left = Math.max(upper[0], lower[0]);
        double right = Math.min(upper[2], lower[2]);
        if (right - left < 40) {
            double mid = (left + right) / 2;
            left = Math.min(mid, Math.min(upper[2], lower[2]) - 20) - 20;
            right = Math.max(mid, Math.max(upper[0], lower[0]) + 20) + 20;
        }
        return new double[] {left + 8, upper[3] - 3, right - 8, lower[1] + 3};
    }

    /** Whether the band overlaps none of the boxes taken but its own household's runs. */
    private static boolean free(double[] band, List<double[]> taken, List<double[]> own) {
        for (double[] t : taken) {
            if (!own.contains(t) && t[0] < band[2] && band[0] < t[2] && t[1] < band[3] && band[1] < t[3]) {
                return false;
            }
        }
        return true;
    }

    private void couples(Svg svg, Genogram genogram, GenogramLayout layout, TieRouter router) {
        svg.group("couples");
        for (Couple couple : genogram.couples()) {
            Optional<Placement> a = layout.placement(couple.first());
            Optional<Placement> b = layout.placement(couple.second());
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            Placement left = a.get().x() <= b.get().x() ? a.get() : b.get();
            Placement right = left == a.get() ? b.get() : a.get();
            double y = coupleLineY(layout, left, right);
            String years = years(couple);
            svg.group("couple");
            svg.line(left.x(), left.y() + H, left.x(), y, INK);
            svg.line(right.x(), right.y() + H, right.x(), y, INK);
            router.line(left.x(), left.y() + H, left.x(), y);
            router.line(right.x(), right.y() + H, right.x(), y);
            router.line(left.x(), y, right.x(), y);
            coupleLine(svg, left.x(), right.x(), y, couple.status());
            if (!years.isEmpty()) {
                svg.text((left.x() + right.x()) / 2, y - YEARS_ABOVE, YEARS_SIZE, years,
                    Attributes.of("fill", "#555555"));
            }
            svg.end();
        }
        svg.end();
    }

    /** A couple's years, from and to, or empty. */
    private static String years(Couple couple) {
        return couple.startYear().map(String::valueOf).orElse("") + couple.endYear().map(e -> "\u2013" + e).orElse("");
    }

    /** The boxes of the couples' years, {left, top, right, bottom}, which lines keep clear of. */
    private static List<double[]> coupleTexts(Genogram genogram, GenogramLayout layout) {
        List<double[]> boxes = new ArrayList<>();
        for (Couple couple : genogram.couples()) {
            Optional<Placement> a = layout.placement(couple.first());
            Optional<Placement> b = layout.placement(couple.second());
            String years = years(couple);
            if (a.isPresent() && b.isPresent() && !years.isEmpty()) {
                Placement left = a.get().x() <= b.get().x() ? a.get() : b.get();
                Placement right = left == a.get() ? b.get() : a.get();
                double y = coupleLineY(layout, left, right) - YEARS_ABOVE;
                double half = TieRouter.textWidth(years, YEARS_SIZE) / 2;
                double mid = (left.x() + right.x()) / 2;
                boxes.add(new double[] {mid - half, y - YEARS_SIZE, mid + half, y + 3});
            }
        }
        return boxes;
    }

    /** The height of a couple's line: just below the symbols, lower when others stand between them. */
    private static double coupleLineY(GenogramLayout layout, Placement left, Placement right) {
        if (left.row() != right.row()) {
            return Math.max(left.y(), right.y()) + H + 10;
        }
        int between = Math.abs(right.column() - left.column()) - 1;
        return left.y() + H + 10 + 6 * Math.min(3, Math.max(0, between));
    }

    /** A couple's horizontal line in the style of its status. */
    static void coupleLine(Svg svg, double x1, double x2, double y, CoupleStatus status) {
        Attributes style = switch (status) {
            case COHABITING -> INK.and("stroke-dasharray", "8 5");
            case RELATIONSHIP -> INK.and("stroke-dasharray", "2 4");
            default -> INK;
        };
        svg.line(x1, y, x2, y, style);
        double mid = (x1 + x2) / 2;
        if (status == CoupleStatus.SEPARATED) {
            svg.line(mid - 3, y + 5, mid + 3, y - 5, INK);
        } else if (status == CoupleStatus.DIVORCED) {
            svg.line(mid - 6, y + 5, mid, y - 5, INK);
            svg.line(mid, y + 5, mid + 6, y - 5, INK);
        }
    }

    private void children(Svg svg, Genogram genogram, GenogramLayout layout, TieRouter router) {
        Map<List<Object>, List<PersonId>> parentsOf = new LinkedHashMap<>();
        svg.group("children");
        for (ParentLink link : genogram.parentLinks()) {
            Optional<Placement> parent = layout.placement(link.parent());
            Optional<Placement> child = layout.placement(link.child());
            if (parent.isEmpty() || child.isEmpty()) {
                continue;
            }
            if (link.kind() == ParentKind.STEP) {
                svg.group("step");
                svg.path(Svg.polyline(router.route(link.parent(), link.child()), 0, 0), childStyle(ParentKind.STEP));
                svg.end();
                continue;
            }
            parentsOf.computeIfAbsent(List.of(link.child(), link.kind()), c -> new ArrayList<>()).add(link.parent());
        }
        // A family: the same parents, linked to their children in the same way.
        Map<List<Object>, List<PersonId>> families = new LinkedHashMap<>();
        parentsOf.forEach((childAndKind, parents) -> {
            List<Object> key = new ArrayList<>(parents.stream().sorted(java.util.Comparator.comparing(PersonId::value))
                .toList());
            key.add(childAndKind.get(1));
            families.computeIfAbsent(key, k -> new ArrayList<>()).add((PersonId) childAndKind.get(0));
        });
        // A child of two families (foster and biological, say) takes each line at its own point.
        Map<PersonId, Integer> familiesOf = new LinkedHashMap<>();
        families.values().forEach(kids -> kids.forEach(kid -> familiesOf.merge(kid, 1, Integer::sum)));
        Map<PersonId, Integer> seenOf = new LinkedHashMap<>();
        int familyIndex = 0;
        for (Map.Entry<List<Object>, List<PersonId>> family : families.entrySet()) {
            List<Object> key = family.getKey();
            ParentKind kind = (ParentKind) key.get(key.size() - 1);
            List<Placement> parents = key.subList(0, key.size() - 1).stream()
                .map(p -> layout.placement((PersonId) p).orElseThrow()).toList();
            List<Placement> kids = family.getValue().stream().map(c -> layout.placement(c).orElseThrow()).toList();
            double anchorX = parents.stream().mapToDouble(Placement::x).average().orElse(0);
            double anchorY = parents.size() == 2 ? coupleLineY(layout,
                parents.get(0).x() <= parents.get(1).x() ? parents.get(0) : parents.get(1),
                parents.get(0).x() <= parents.get(1).x() ? parents.get(1) : parents.get(0))
                : parents.get(0).y() + H;
            double childTop = kids.stream().mapToDouble(Placement::y).min().orElse(0) - H;
            double barY = childTop - 30 - 7 * (familyIndex++ % 3);
            double minX = Math.min(anchorX, kids.stream().mapToDouble(Placement::x).min().orElse(anchorX) - 6);
            double maxX = Math.max(anchorX, kids.stream().mapToDouble(Placement::x).max().orElse(anchorX) + 6);
            svg.group("family");
            if (parents.size() == 1) {
                // A single parent's line leaves the symbol's side and passes beside the name block.
                Placement parent = parents.get(0);
                double side = partnerToTheRight(genogram, layout, parent) ? -1 : 1;
                double startX = parent.x() + side * H;
                anchorX = parent.x() + side * Math.max(H + 12, TieRouter.labelHalfWidth(
                    genogram.person(parent.id()).orElseThrow()) + 8);
                anchorY = parent.y();
                svg.line(startX, anchorY, anchorX, anchorY, INK);
                router.line(startX, anchorY, anchorX, anchorY);
                minX = Math.min(anchorX, kids.stream().mapToDouble(Placement::x).min().orElse(anchorX) - 6);
                maxX = Math.max(anchorX, kids.stream().mapToDouble(Placement::x).max().orElse(anchorX) + 6);
            }
            svg.line(anchorX, anchorY, anchorX, barY, INK);
            svg.line(minX, barY, maxX, barY, INK);
            router.line(anchorX, anchorY, anchorX, barY);
            router.line(minX, barY, maxX, barY);
            for (int k = 0; k < kids.size(); k++) {
                Placement kid = kids.get(k);
                Optional<Twins> twins = twinOf(genogram, family.getValue().get(k), family.getValue());
                int seen = seenOf.merge(kid.id(), 1, Integer::sum) - 1;
                double entryX = kid.x() + (seen - (familiesOf.get(kid.id()) - 1) / 2.0) * 12;
                double fromX = entryX;
                if (twins.isPresent()) {
                    PersonId other = twins.get().first().equals(kid.id()) ? twins.get().second() : twins.get().first();
                    fromX = (kid.x() + layout.placement(other).orElseThrow().x()) / 2;
                    if (twins.get().identical() && kid.x() < fromX) {
                        double t = 0.5;
                        svg.line(fromX + (kid.x() - fromX) * t, barY + (kid.y() - H - barY) * t,
                            fromX - (kid.x() - fromX) * t, barY + (kid.y() - H - barY) * t, INK);
                    }
                }
                childLine(svg, fromX, barY, entryX, kid.y() - H, kind);
                router.line(fromX, barY, entryX, kid.y() - H);
            }
            svg.end();
        }
        svg.end();
    }

    /** Whether the person has a partner standing to the right. */
    private static boolean partnerToTheRight(Genogram genogram, GenogramLayout layout, Placement person) {
        return genogram.couples().stream().filter(c -> c.first().equals(person.id()) || c.second().equals(person.id()))
            .map(c -> c.first().equals(person.id()) ? c.second() : c.first()).map(layout::placement)
            .anyMatch(p -> p.isPresent() && p.get().x() > person.x());
    }

    private static Optional<Twins> twinOf(Genogram genogram, PersonId child, List<PersonId> siblings) {
        return genogram.twins().stream()
            .filter(t -> (t.first().equals(child) && siblings.contains(t.second()))
                || (t.second().equals(child) && siblings.contains(t.first())))
            .findFirst();
    }

    /** A line from parent to child in the style of the link. */
    static void childLine(Svg svg, double x1, double y1, double x2, double y2, ParentKind kind) {
        svg.line(x1, y1, x2, y2, childStyle(kind));
    }

    private static Attributes childStyle(ParentKind kind) {
        return switch (kind) {
            case ADOPTED -> INK.and("stroke-dasharray", "8 5");
            case FOSTER -> INK.and("stroke-dasharray", "2 4");
            case STEP -> Attributes.of("stroke", "#777777").and("stroke-width", 1.2).and("fill", "none")
                .and("stroke-dasharray", "9 3 2 3");
            case LEGAL -> INK.and("stroke-dasharray", "14 4");
            case BIOLOGICAL -> INK;
        };
    }

    /** Each emotional relationship on its own course around the people between, from the router. */
    private void ties(Svg svg, Genogram genogram, GenogramLayout layout, TieRouter router) {
        List<EmotionalTie> drawn = genogram.ties().stream()
            .filter(t -> layout.placement(t.from()).isPresent() && layout.placement(t.to()).isPresent()).toList();
        double[][][] courses = router.routeAll(drawn.stream().map(t -> List.of(t.from(), t.to())).toList());
        svg.group("ties");
        for (int i = 0; i < courses.length; i++) {
            svg.group("tie");
            tieLine(svg, courses[i], drawn.get(i).kind(), drawn.get(i).directed());
            svg.end();
        }
        svg.end();
    }

    /** An emotional relationship's line in the style of its kind along its course ({x, y, nx, ny} points). */
    static void tieLine(Svg svg, double[][] line, EmotionalKind kind, boolean directed) {
        Attributes arrow = directed ? Svg.ARROW_END : Attributes.none();
        switch (kind) {
            case CLOSE -> parallel(svg, line, new double[] {-2.5, 2.5}, "#2e7d32", arrow);
            case FUSED -> parallel(svg, line, new double[] {-4, 0, 4}, "#2e7d32", arrow);
            case DISTANT -> svg.path(Svg.polyline(line, 0, 0), colour("#607d8b", 2).and("stroke-dasharray", "2 5")
                .and(arrow));
            case CONFLICT -> svg.path(Svg.zigzag(line, 5, 10), colour("#c62828", 1.8).and(arrow));
            case HOSTILE -> {
                svg.path(Svg.zigzag(line, 5, 10), colour("#c62828", 1.8).and(arrow));
                parallel(svg, line, new double[] {-7, 7}, "#c62828", Attributes.none());
            }
            case CUT_OFF -> {
                Attributes style = colour("#6d4c41", 2);
                double[][] first = part(line, 0, 0.5, -CUT_GAP / 2);
                double[][] second = part(line, 0.5, 1, CUT_GAP / 2);
                svg.path(Svg.polyline(first, 0, 0), style);
                svg.path(Svg.polyline(second, 0, 0), style.and(arrow));
                for (double[] end : new double[][] {first[first.length - 1], second[0]}) {
                    svg.line(end[0] - end[2] * 8, end[1] - end[3] * 8, end[0] + end[2] * 8, end[1] + end[3] * 8, style);
                }
            }
            case PHYSICAL_ABUSE -> svg.path(Svg.zigzag(line, 6, 9), colour("#b71c1c", 3).and(arrow));
            case EMOTIONAL_ABUSE -> svg.path(Svg.zigzag(line, 6, 9),
                colour("#ad1457", 2).and("stroke-dasharray", "6 3").and(arrow));
            case SEXUAL_ABUSE -> {
                svg.path(Svg.zigzag(Svg.shifted(line, 3), 6, 9), colour("#4a148c", 1.6));
                svg.path(Svg.zigzag(Svg.shifted(line, -3), 6, 9), colour("#4a148c", 1.6).and(arrow));
            }
            case NEGLECT -> svg.path(Svg.polyline(line, 0, 0),
                colour("#ef6c00", 2.2).and("stroke-dasharray", "10 4").and(arrow));
        }
    }

    /**
     * The part of a course ({x, y, nx, ny} points) between two shares of its length, its start
     * moved forward by a positive {@code shift} and its end back by a negative one, in pixels: a
     * cut-off's two halves, with a small gap between them wherever the middle falls (a square
     * route's straight runs have no points between their corners).
     */
    private static double[][] part(double[][] line, double from, double to, double shift) {
        double length = 0;
        for (int i = 1; i < line.length; i++) {
            length += Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
        }
        double start = from * length + Math.max(0, shift);
        double end = to * length + Math.min(0, shift);
        List<double[]> points = new ArrayList<>();
        double walked = 0;
        for (int i = 1; i < line.length; i++) {
            double[] a = line[i - 1];
            double[] b = line[i];
            double segment = Math.hypot(b[0] - a[0], b[1] - a[1]);
            double next = walked + segment;
            if (next > start && walked < end && segment > 0) {
                if (points.isEmpty()) {
                    points.add(between(a, b, (Math.max(start, walked) - walked) / segment));
                }
                points.add(between(a, b, (Math.min(end, next) - walked) / segment));
            }
            walked = next;
        }
        return points.toArray(new double[0][]);
    }

    /** The point a share t of the way from a to b, with the normal of the segment (left of its direction). */
    private static double[] between(double[] a, double[] b, double t) {
        double length = Math.max(Math.hypot(b[0] - a[0], b[1] - a[1]), 1e-9);
        return new double[] {a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, (b[1] - a[1]) / length,
            -(b[0] - a[0]) / length};
    }

    private static Attributes colour(String colour, double width) {
        return Attributes.of("stroke", colour).and("stroke-width", width).and("fill", "none")
            .and("stroke-opacity", "0.85");
    }

    private static void parallel(Svg svg, double[][] line, double[] offsets, String colour, Attributes arrow) {
        for (int i = 0; i < offsets.length; i++) {
            svg.path(Svg.polyline(Svg.shifted(line, offsets[i]), 0, 0),
                colour(colour, 1.6).and(i == offsets.length / 2 ? arrow : Attributes.none()));
        }
    }

    private void people(Svg svg, Genogram genogram, GenogramLayout layout) {
        svg.group("people");
        for (Relative person : genogram.people()) {
            Placement p = layout.placement(person.id()).orElseThrow();
            boolean index = genogram.index().filter(person.id()::equals).isPresent();
            svg.group("person");
            symbol(svg, p.x(), p.y(), person.gender(), index, person.deceased());
            // A white halo keeps the age readable over a deceased person's cross.
            age(person).ifPresent(age -> svg.text(p.x(), p.y() + 5, 14, String.valueOf(age), AGE));
            if (person.gender() == Gender.UNKNOWN && age(person).isEmpty()) {
                svg.text(p.x(), p.y() + 5, 14, "?", UNKNOWN_MARK);
            }
            double markX = p.x() + H + 3;
            for (int i = 0; i < person.labels().size(); i++) {
                ConditionLabel label = person.labels().get(i);
                double my = p.y() - H + 6 + i * 15;
                svg.circle(markX + 4, my, 7, Attributes.of("fill", LABEL_COLOURS[label.ordinal()]));
                svg.text(markX + 4, my + 3.5, 10, String.valueOf(label.mark()), LABEL_MARK);
            }
            svg.text(p.x(), p.y() + H + 26, 12, person.name().given(), GIVEN);
            svg.text(p.x(), p.y() + H + 38, 10, person.name().prefix().map(x -> x + " ").orElse("")
                + person.name().family(), FAMILY);
            String years = person.birthYear().map(String::valueOf).orElse("?")
                + (person.deceased() ? "\u2013" + person.deathYear().map(String::valueOf).orElse("?") : "");
            svg.text(p.x(), p.y() + H + 49, 9.5, years, LIFE_YEARS);
            svg.end();
        }
        svg.end();
    }

    private Optional<Integer> age(Relative person) {
        if (person.birthYear().isEmpty() || (person.deceased() && person.deathYear().isEmpty())) {
            return Optional.empty();
        }
        int until = person.deathYear().orElse(asOf.getValue());
        int age = until - person.birthYear().get();
        return age >= 0 ? Optional.of(age) : Optional.empty();
    }

    /** A person's symbol: shape by gender, double outline for the index person, a cross when deceased. */
    static void symbol(Svg svg, double x, double y, Gender gender, boolean index, boolean deceased) {
        Attributes fill = Attributes.of("stroke", "#222222").and("stroke-width", 2).and("fill", "#ffffff");
        Attributes dashed = gender == Gender.UNKNOWN ? Attributes.of("stroke-dasharray", "5 3") : Attributes.none();
        shape(svg, x, y, H, gender, fill.and(dashed));
        if (index) {
            shape(svg, x, y, H - 4.5, gender, INK);
        }
        if (deceased) {
            svg.line(x - H, y - H, x + H, y + H, INK);
            svg.line(x - H, y + H, x + H, y - H, INK);
        }
    }

    private static void shape(Svg svg, double x, double y, double h, Gender gender, Attributes style) {
        switch (gender) {
            case MALE -> svg.rect(x - h, y - h, 2 * h, 2 * h, 0, style);
            case FEMALE -> svg.circle(x, y, h, style);
            case OTHER, UNKNOWN -> svg.path("M" + number(x) + "," + number(y - h - 2) + " L" + number(x + h + 2)
                + "," + number(y) + " L" + number(x) + "," + number(y + h + 2) + " L" + number(x - h - 2) + ","
                + number(y) + " Z", style);
        }
    }

    private void legend(Svg svg, List<String> keys, double top, double width) {
        if (!keys.isEmpty()) {
            svg.line(GenogramLayout.MARGIN / 2, top, width - GenogramLayout.MARGIN / 2, top,
                Attributes.of("stroke", "#cccccc").and("stroke-width", 1));
        }
        Legend.draw(svg, keys, GenogramLayout.MARGIN / 2, top, width - GenogramLayout.MARGIN, 3, locale,
            (key, at) -> sample(svg, key, at[0], at[1]));
    }

    private static void sample(Svg svg, String key, double x, double y) {
        if (key.startsWith("tie:")) {
            EmotionalKind kind = EmotionalKind.valueOf(key.substring(4));
            tieLine(svg, Svg.curve(x, y, x + 46, y, 0), kind, kind.harm());
        } else if (key.startsWith("label:")) {
            ConditionLabel label = ConditionLabel.valueOf(key.substring(6));
            svg.circle(x + 23, y, 7, Attributes.of("fill", LABEL_COLOURS[label.ordinal()]));
            svg.text(x + 23, y + 3.5, 10, String.valueOf(label.mark()), Attributes.of("fill", "#ffffff")
                .and("font-weight", "bold"));
        } else if (key.equals("index") || key.equals("deceased") || isGender(key)) {
            Gender gender = isGender(key) ? Gender.valueOf(key) : Gender.MALE;
            double scale = 0.5;
            svg.group("sample", Attributes.of("transform", "translate(" + number(x + 23 - (x + 23) * scale) + ","
                + number(y - y * scale) + ") scale(" + number(scale) + ")"));
            symbol(svg, x + 23, y, gender, key.equals("index"), key.equals("deceased"));
            svg.end();
        } else if (key.equals("household")) {
            svg.rect(x + 4, y - 8, 38, 16, 6, Attributes.of("stroke", "#2e7d32").and("stroke-width", 1.5)
                .and("stroke-dasharray", "6 4").and("fill", "none"));
        } else if (key.startsWith("twins")) {
            svg.line(x + 23, y - 9, x + 11, y + 9, INK);
            svg.line(x + 23, y - 9, x + 35, y + 9, INK);
            if (key.equals("twins-identical")) {
                svg.line(x + 17, y, x + 29, y, INK);
            }
        } else if (isEnum(CoupleStatus.class, key)) {
            coupleLine(svg, x, x + 46, y, CoupleStatus.valueOf(key));
        } else {
            childLine(svg, x + 4, y, x + 42, y, ParentKind.valueOf(key));
        }
    }

    private static boolean isGender(String key) {
        return isEnum(Gender.class, key);
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String key) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
