/**
 * The help plan (hulpverleningsplan, method §7): {@link nl.regiekit.plan.HelpPlan} with its dated
 * versions, goals, trajectories, agreements, youth plans and evaluations, and the
 * {@link nl.regiekit.plan.PlanPolicy}. All types are immutable; optional parts are
 * {@link java.util.Optional} and lists are never null.
 */
package nl.regiekit.plan;
