/**
 * The method's quality rules for a help plan, which return findings and never throw: a plan in
 * progress is allowed to be incomplete.
 */
package nl.regiekit.plan.rules;
