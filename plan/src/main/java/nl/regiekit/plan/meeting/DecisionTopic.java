package nl.regiekit.plan.meeting;

/** A decision a care conference must take, derived from the signals of the case (method §4, §7, §10). */
public enum DecisionTopic {
    /** Escalate an agreement that is overdue or broken, or a recurring one whose occurrences were missed (opschalen). */
    ESCALATE_AGREEMENT,
    /** Find other help for a trajectory waiting too long. */
    REVIEW_WAITING_TRAJECTORY,
    /** Refer the family to more permanent help. */
    REFER_TO_PERMANENT_HELP,
    /** Hand over to the network or end coordination of care. */
    END_CARE_COORDINATION,
    /** Which organisations can step back. */
    REDUCE_ORGANISATIONS,
    /** Ask for new consent or stop an exchange. */
    REVIEW_CONSENT,
    /** Draw up or evaluate the plan. */
    PLAN_OR_EVALUATE
}
