/**
 * The balance model (balansmodel) of capacity and burden: factor catalogues, assessments, scoring,
 * trend, suggested intervention routes, self-reliance instruments and scores, and SVG pictures.
 */
module nl.regiekit.balance {
    requires transitive nl.regiekit.casemodel;
    requires nl.regiekit.markup;

    exports nl.regiekit.balance;
    exports nl.regiekit.balance.selfreliance;
    exports nl.regiekit.balance.svg;

    // The JSON binding and Jakarta Validation read the records reflectively.
    opens nl.regiekit.balance;
    opens nl.regiekit.balance.selfreliance;

    uses nl.regiekit.balance.FactorCatalogProvider;
    uses nl.regiekit.balance.selfreliance.InstrumentProvider;

    provides nl.regiekit.casemodel.finding.FindingCatalog with nl.regiekit.balance.BalanceCodes.Catalog;
}
