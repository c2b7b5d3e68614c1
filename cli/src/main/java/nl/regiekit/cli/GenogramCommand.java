package nl.regiekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.PersonId;

import nl.regiekit.genogram.Genogram;
import nl.regiekit.genogram.GenogramQueries;
import nl.regiekit.genogram.RepeatedPattern;
import nl.regiekit.genogram.render.GenogramDot;
import nl.regiekit.genogram.render.GenogramSvg;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.json.GenogramDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code regiekit genogram FILE --svg OUT [--dot OUT]}: draws the genogram of a case file or genogram document. */
@Command(name = "genogram", mixinStandardHelpOptions = true,
    description = "Draw the genogram of a case file or regiekit/genogram document as SVG (and Graphviz DOT).")
final class GenogramCommand extends GraphCommand<Genogram> {

    @Option(names = "--dot", paramLabel = "OUT", description = "Also write the genogram as Graphviz DOT.")
    Path dot;

    @Option(names = "--year", paramLabel = "YYYY", description = "Count ages to this year (default: this year).")
    Integer year;

    @Override
    String name() {
        return "genogram";
    }

    @Override
    Optional<Genogram> fromCaseFile(CaseFile caseFile) {
        return caseFile.genogram();
    }

    @Override
    Optional<Genogram> fromOwnDocument(Object document) {
        return document instanceof GenogramDocument own ? Optional.of(own.genogram()) : Optional.empty();
    }

    @Override
    String draw(Genogram graph, OrganisationPolicy policy, Messages messages) {
        return new GenogramSvg(year == null ? Year.now() : Year.of(year), messages.locale()).render(graph);
    }

    @Override
    List<Path> targets() {
        return dot == null ? List.of(svg) : List.of(svg, dot);
    }

    @Override
    void writeMore(Genogram graph, PrintWriter out, Messages messages) throws Problem {
        if (dot != null) {
            output.write(messages, dot, GenogramDot.export(graph));
            out.println(messages.get("genogram.wrote", dot));
        }
        // What the genogram shows, by identifier: the queries of method §1 and §9.
        GenogramQueries queries = new GenogramQueries(graph);
        for (RepeatedPattern pattern : queries.repeatedPatterns()) {
            out.println(messages.get("genogram.pattern", pattern.label(), pattern.generations(), ids(pattern.carriers())));
        }
        if (graph.index().isPresent()) {
            out.println(messages.get("genogram.pillars", ids(queries.supportPillars())));
            out.println(messages.get("genogram.cutoffs", ids(queries.cutOffs())));
        }
    }

    private static String ids(List<PersonId> people) {
        return people.isEmpty() ? "-" : people.stream().map(PersonId::value).collect(Collectors.joining(", "));
    }
}
