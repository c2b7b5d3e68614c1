package nl.regiekit.cli;

import java.util.Optional;

import nl.regiekit.genogram.Ecogram;
import nl.regiekit.genogram.render.EcogramSvg;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.json.EcogramDocument;
import picocli.CommandLine.Command;

/** {@code regiekit ecogram FILE --svg OUT}: draws the ecogram of a case file or ecogram document. */
@Command(name = "ecogram", mixinStandardHelpOptions = true,
    description = "Draw the ecogram (ecomap) of a case file or regiekit/ecogram document as SVG.")
final class EcogramCommand extends GraphCommand<Ecogram> {

    @Override
    String name() {
        return "ecogram";
    }

    @Override
    Optional<Ecogram> fromCaseFile(CaseFile caseFile) {
        return caseFile.ecogram();
    }

    @Override
    Optional<Ecogram> fromOwnDocument(Object document) {
        return document instanceof EcogramDocument own ? Optional.of(own.ecogram()) : Optional.empty();
    }

    @Override
    String draw(Ecogram graph, OrganisationPolicy policy, Messages messages) {
        return new EcogramSvg(messages.locale()).render(graph);
    }
}
