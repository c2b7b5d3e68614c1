/**
 * The case file bundle, the rules over it and the view of it per organisation. Depends on the JDK,
 * the Jakarta Validation annotations and the domain modules only.
 */
@SuppressWarnings("module") // the qualified opens name modules this one does not read
module nl.regiekit.casefile {
    requires transitive nl.regiekit.casemodel;
    requires transitive nl.regiekit.plan;
    requires transitive nl.regiekit.balance;
    requires transitive nl.regiekit.genogram;

    exports nl.regiekit.casefile;

    // The JSON binding (Jackson) and Jakarta Validation (Hibernate Validator) read the records reflectively;
    // no other module may.
    opens nl.regiekit.casefile to tools.jackson.databind, org.hibernate.validator;

    // RegiekitConfig.discover(), the one place that looks for an application's catalogues and rules.
    uses nl.regiekit.casemodel.LifeDomainCatalogProvider;
    uses nl.regiekit.balance.FactorCatalogProvider;
    uses nl.regiekit.balance.selfreliance.InstrumentProvider;
    uses nl.regiekit.casefile.RuleProvider;
}
