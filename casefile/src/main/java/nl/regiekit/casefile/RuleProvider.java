package nl.regiekit.casefile;

import java.util.List;

import nl.regiekit.casemodel.finding.Rule;

/**
 * Supplies an organisation's own rules over a case file, beside the method's. Implement it with a
 * public no-argument constructor, declare it with {@code provides nl.regiekit.casefile.RuleProvider with ...}
 * in a module, or in a {@code META-INF/services/nl.regiekit.casefile.RuleProvider} file on the class path,
 * and {@link RegiekitConfig#discover()} finds it. The messages of the rules' codes go in a bundle
 * {@code regiekit/findings.properties} (Dutch) and {@code regiekit/findings_en.properties} on the class
 * path. An organisation's policy switches its own rules off or changes their severity as it does the
 * method's. {@code docs/rules.md} ("An organisation's own rule") has a whole example.
 */
@FunctionalInterface
public interface RuleProvider {

    /**
     * The rules this provider supplies, made with the configuration they will run under: its policy,
     * its catalogues and its clock. Never null. Called again for each configuration made from one with
     * this provider (another policy, another clock).
     *
     * @param config the configuration the rules run under; its {@link RegiekitConfig#rules()} and
     *     {@link RegiekitConfig#ownRules()} are not made yet, and must not be read here
     */
    List<Rule<CaseFile>> rules(RegiekitConfig config);
}
