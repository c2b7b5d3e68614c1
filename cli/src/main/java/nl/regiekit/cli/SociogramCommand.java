package nl.regiekit.cli;

import java.util.Optional;

import nl.regiekit.genogram.Sociogram;
import nl.regiekit.genogram.render.SociogramSvg;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.json.SociogramDocument;
import picocli.CommandLine.Command;

/** {@code regiekit sociogram FILE --svg OUT}: draws the sociogram of a case file or sociogram document. */
@Command(name = "sociogram", mixinStandardHelpOptions = true,
    description = "Draw the sociogram of a case file or regiekit/sociogram document as SVG.")
final class SociogramCommand extends GraphCommand<Sociogram> {

    @Override
    String name() {
        return "sociogram";
    }

    @Override
    Optional<Sociogram> fromCaseFile(CaseFile caseFile) {
        return caseFile.sociogram();
    }

    @Override
    Optional<Sociogram> fromOwnDocument(Object document) {
        return document instanceof SociogramDocument own ? Optional.of(own.sociogram()) : Optional.empty();
    }

    @Override
    String draw(Sociogram graph, OrganisationPolicy policy, Messages messages) {
        return new SociogramSvg(policy.genogram(), messages.locale()).render(graph);
    }
}
