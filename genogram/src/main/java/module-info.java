/**
 * Genogram, sociogram and ecogram graphs (method §9), their checks and queries, layout, SVG
 * rendering with the standard symbols, and Graphviz DOT export.
 */
module nl.regiekit.genogram {
    requires transitive nl.regiekit.casemodel;
    requires nl.regiekit.markup;
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports nl.regiekit.genogram;
    exports nl.regiekit.genogram.render;

    // The JSON binding and Jakarta Validation read the records reflectively.
    opens nl.regiekit.genogram;

    provides nl.regiekit.casemodel.finding.FindingCatalog with nl.regiekit.genogram.GenogramCodes.Catalog;
}
