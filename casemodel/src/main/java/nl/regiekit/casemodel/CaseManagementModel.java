package nl.regiekit.casemodel;

/** The model of case management on a case, from light to heavy (method §2). */
public enum CaseManagementModel {
    /** Coordination or broker model (makelaarsmodel, zorgcoördinatie): arranging and coordinating only. */
    BROKER,
    /** Coordination plus direct support, advocacy or motivation (coördinatie-plus). */
    COORDINATION_PLUS,
    /** Intensive model: daily-level involvement, skills training, building a network (intensief). */
    INTENSIVE
}
