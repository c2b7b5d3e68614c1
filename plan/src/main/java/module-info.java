/**
 * The help plan (hulpverleningsplan): versions, goals, trajectories, agreements, contributions of
 * organisations, youth plans, evaluations and end terms; the plan rules; the "who does what"
 * matrix and the consent-limited view for one organisation.
 */
module nl.regiekit.plan {
    requires transitive nl.regiekit.casemodel;
    requires org.slf4j;

    exports nl.regiekit.plan;
    exports nl.regiekit.plan.rules;
    exports nl.regiekit.plan.view;

    // The JSON binding and Jakarta Validation read the records reflectively.
    opens nl.regiekit.plan;
    opens nl.regiekit.plan.view;

    provides nl.regiekit.casemodel.finding.FindingCatalog with nl.regiekit.plan.rules.PlanCodes.Catalog;
}
