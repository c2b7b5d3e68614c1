/**
 * Genogram, sociogram and ecogram graphs (method §9), their checks and queries, layout, SVG
 * rendering with the standard symbols, and Graphviz DOT export.
 */
@SuppressWarnings("module") // the qualified opens name modules this one does not read
module nl.regiekit.genogram {
    requires transitive nl.regiekit.casemodel;
    requires nl.regiekit.markup;
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports nl.regiekit.genogram;
    exports nl.regiekit.genogram.render;

    // The JSON binding (Jackson) and Jakarta Validation (Hibernate Validator) read the records reflectively;
    // no other module may.
    opens nl.regiekit.genogram to tools.jackson.databind, org.hibernate.validator;

    provides nl.regiekit.casemodel.finding.FindingCatalog with nl.regiekit.genogram.GenogramCodes.Catalog;
}
