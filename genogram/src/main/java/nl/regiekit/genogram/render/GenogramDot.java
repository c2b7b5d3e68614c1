package nl.regiekit.genogram.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.genogram.Couple;
import nl.regiekit.genogram.EmotionalTie;
import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.ParentKind;
import nl.regiekit.genogram.ParentLink;
import nl.regiekit.genogram.Relative;

/**
 * Exports a genogram as a Graphviz DOT graph, for users who want their own layout: people as
 * boxes (men), ellipses (women) or diamonds, the index person with a double outline; each
 * couple as a point in the partners' rank that their children hang from; step links and
 * emotional relationships as edges that do not constrain the layout. Links to unknown people are
 * left out. Deterministic. Immutable and thread-safe.
 */
public final class GenogramDot {

    private GenogramDot() {
    }

    /**
     * The DOT text of {@code genogram}.
     *
     * @throws NullPointerException if {@code genogram} is null
     */
    public static String export(Genogram genogram) {
        Objects.requireNonNull(genogram, "genogram");
        Map<PersonId, Relative> people = genogram.peopleById();
        StringBuilder dot = new StringBuilder("digraph genogram {\n")
            .append("  graph [rankdir=TB, nodesep=0.4, ranksep=0.6];\n")
            .append("  node [fontname=\"Helvetica\", fontsize=10, width=0.6, height=0.6, fixedsize=false];\n")
            .append("  edge [arrowhead=none];\n");
        for (Relative person : genogram.people()) {
            String shape = switch (person.gender()) {
                case MALE -> "box";
                case FEMALE -> "ellipse";
                case OTHER, UNKNOWN -> "diamond";
            };
            String years = person.birthYear().map(String::valueOf).orElse("?")
                + (person.deceased() ? "-" + person.deathYear().map(String::valueOf).orElse("?") : "");
            dot.append("  ").append(id(person.id())).append(" [shape=").append(shape).append(", label=")
                .append(quote(person.name().given() + "\n" + years));
            if (genogram.index().filter(person.id()::equals).isPresent()) {
                dot.append(", peripheries=2");
            }
            if (person.deceased()) {
                dot.append(", style=dashed");
            }
            dot.append("];\n");
        }
        Map<List<PersonId>, String> unions = new LinkedHashMap<>();
        for (Couple couple : genogram.couples()) {
            if (!people.containsKey(couple.first()) || !people.containsKey(couple.second())) {
                continue;
            }
            String union = "u" + unions.size();
            unions.put(sorted(couple.first(), couple.second()), union);
            String style = couple.status().ended() ? "dashed" : "solid";
            dot.append("  ").append(union).append(" [shape=point, width=0.05];\n")
                .append("  { rank=same; ").append(id(couple.first())).append("; ").append(union).append("; ")
                .append(id(couple.second())).append("; }\n")
                .append("  ").append(id(couple.first())).append(" -> ").append(union).append(" [style=").append(style)
                .append("];\n")
                .append("  ").append(union).append(" -> ").append(id(couple.second())).append(" [style=").append(style)
                .append("];\n");
        }
        Map<PersonId, List<ParentLink>> parentsOf = new LinkedHashMap<>();
        for (ParentLink link : genogram.parentLinks()) {
            if (people.containsKey(link.parent()) && people.containsKey(link.child())) {
                parentsOf.computeIfAbsent(link.child(), c -> new ArrayList<>()).add(link);
            }
        }
        parentsOf.forEach((child, links) -> {
            List<ParentLink> descent = links.stream().filter(l -> l.kind().descent()).toList();
            Map<ParentKind, List<PersonId>> byKind = descent.stream().collect(Collectors.groupingBy(ParentLink::kind,
                LinkedHashMap::new, Collectors.mapping(ParentLink::parent, Collectors.toList())));
            byKind.forEach((kind, parents) -> {
                String union = parents.size() == 2 ? unions.get(sorted(parents.get(0), parents.get(1))) : null;
                List<String> from = union != null ? List.of(union) : parents.stream().map(GenogramDot::id).toList();
                for (String source : from) {
                    dot.append("  ").append(source).append(" -> ").append(id(child)).append(" [style=")
                        .append(style(kind)).append("];\n");
                }
            });
            links.stream().filter(l -> !l.kind().descent()).forEach(l -> dot.append("  ").append(id(l.parent()))
                .append(" -> ").append(id(child)).append(" [style=dotted, color=gray50, constraint=false];\n"));
        });
        for (EmotionalTie tie : genogram.ties()) {
            if (people.containsKey(tie.from()) && people.containsKey(tie.to())) {
                dot.append("  ").append(id(tie.from())).append(" -> ").append(id(tie.to()))
                    .append(" [constraint=false, color=").append(tie.kind().negative() ? "red3" : "green4")
                    .append(", label=").append(quote(tie.kind().name().toLowerCase(java.util.Locale.ROOT)))
                    .append(", fontsize=8").append(tie.directed() ? ", arrowhead=normal" : "").append("];\n");
            }
        }
        return dot.append("}\n").toString();
    }

    private static String style(ParentKind kind) {
        return switch (kind) {
            case ADOPTED, LEGAL -> "dashed";
            case FOSTER, STEP -> "dotted";
            case BIOLOGICAL -> "solid";
        };
    }

    private static List<PersonId> sorted(PersonId a, PersonId b) {
        return a.value().compareTo(b.value()) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    private static String id(PersonId id) {
        return quote(id.value());
    }

    /** A DOT quoted string: quotes and backslashes escaped, new lines as DOT line breaks. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
