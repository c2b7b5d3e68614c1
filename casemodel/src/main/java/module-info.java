/**
 * The case aggregate and shared kernel of Regiekit: typed identifiers, people, family,
 * life domains, the case (casus) with referral, phases, team, involved organisations and
 * consents; findings; policy; the storage ports a vendor implements.
 */
@SuppressWarnings("module") // the qualified export below names modules built after this one
module nl.regiekit.casemodel {
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports nl.regiekit.casemodel;
    exports nl.regiekit.casemodel.finding;
    exports nl.regiekit.casemodel.rules;
    exports nl.regiekit.casemodel.storage;
    // The precondition idiom, shared with the domain modules that build on this kernel.
    exports nl.regiekit.casemodel.internal to nl.regiekit.plan, nl.regiekit.balance, nl.regiekit.genogram,
        nl.regiekit.casefile;

    // The JSON binding (Jackson) and Jakarta Validation (Hibernate Validator) read the records reflectively;
    // no other module may.
    opens nl.regiekit.casemodel to tools.jackson.databind, org.hibernate.validator;
    opens nl.regiekit.casemodel.finding to tools.jackson.databind, org.hibernate.validator;

    uses nl.regiekit.casemodel.finding.FindingCatalog;

    provides nl.regiekit.casemodel.finding.FindingCatalog
        with nl.regiekit.casemodel.rules.CaseCodes.Catalog, nl.regiekit.casemodel.finding.ModelCodes.Catalog;
}
