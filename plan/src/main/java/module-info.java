/** The help plan (hulpverleningsplan): goals, trajectories, agreements, evaluations, meetings and signals. */
module nl.regiekit.plan {
    requires transitive nl.regiekit.casemodel;
}
