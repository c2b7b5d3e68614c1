/**
 * The balance model (balansmodel) of capacity and burden: factor catalogues, assessments, scoring,
 * trend, suggested intervention routes, self-reliance instruments and scores, and SVG pictures.
 */
@SuppressWarnings("module") // the qualified opens name modules this one does not read
module nl.regiekit.balance {
    requires transitive nl.regiekit.casemodel;
    requires nl.regiekit.markup;

    exports nl.regiekit.balance;
    exports nl.regiekit.balance.selfreliance;
    exports nl.regiekit.balance.svg;

    // The JSON binding (Jackson) and Jakarta Validation (Hibernate Validator) read the records reflectively;
    // no other module may.
    opens nl.regiekit.balance to tools.jackson.databind, org.hibernate.validator;
    opens nl.regiekit.balance.selfreliance to tools.jackson.databind, org.hibernate.validator;

    provides nl.regiekit.casemodel.finding.FindingCatalog with nl.regiekit.balance.BalanceCodes.Catalog;
}
