/**
 * The JSON contract of Regiekit: the Jackson 3 binding of the model, the committed JSON Schemas
 * (draft 2020-12) and the validation pipeline. A caller of {@code Validation.validate} meets no
 * Jackson type; the configured mapper ({@code RegiekitJson}), the module and
 * {@code Validation.validateTree} do expose Jackson's, which this module therefore reads transitively.
 */
module nl.regiekit.json {
    requires transitive nl.regiekit.casefile;
    requires transitive tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;
    requires com.networknt.schema;
    requires org.hibernate.validator;
    requires org.slf4j;
    // Only to quiet Hibernate Validator's version line (see CodePointSize).
    requires java.logging;

    exports nl.regiekit.json;

    // Jackson binds the document records and reads the mix-ins; Hibernate Validator reads the records.
    opens nl.regiekit.json to tools.jackson.databind, org.hibernate.validator;
    // Hibernate Validator makes the pipeline's own constraint validator (CodePointSize).
    opens nl.regiekit.json.internal to tools.jackson.databind, org.hibernate.validator;

    provides tools.jackson.databind.JacksonModule with nl.regiekit.json.RegiekitModule;
    provides nl.regiekit.casemodel.finding.FindingCatalog with nl.regiekit.json.JsonCodes.Catalog;
}
