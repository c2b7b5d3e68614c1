/**
 * The help plan (hulpverleningsplan): versions, goals, trajectories, agreements, contributions of
 * organisations, youth plans, evaluations and end terms; the plan rules; the "who does what"
 * matrix and the consent-limited view for one organisation; meetings (family council, care
 * conference) and monitoring signals.
 */
@SuppressWarnings("module") // the qualified opens name modules this one does not read
module nl.regiekit.plan {
    requires transitive nl.regiekit.casemodel;
    requires org.slf4j;

    exports nl.regiekit.plan;
    exports nl.regiekit.plan.rules;
    exports nl.regiekit.plan.view;
    exports nl.regiekit.plan.monitor;
    exports nl.regiekit.plan.meeting;

    // The JSON binding (Jackson) and Jakarta Validation (Hibernate Validator) read the records reflectively;
    // no other module may.
    opens nl.regiekit.plan to tools.jackson.databind, org.hibernate.validator;
    opens nl.regiekit.plan.view to tools.jackson.databind, org.hibernate.validator;
    opens nl.regiekit.plan.monitor to tools.jackson.databind, org.hibernate.validator;
    opens nl.regiekit.plan.meeting to tools.jackson.databind, org.hibernate.validator;

    provides nl.regiekit.casemodel.finding.FindingCatalog with nl.regiekit.plan.rules.PlanCodes.Catalog,
        nl.regiekit.plan.monitor.MonitorCodes.Catalog, nl.regiekit.plan.meeting.MeetingCodes.Catalog;
}
