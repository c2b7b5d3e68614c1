/**
 * The method's quality rules for a case, which return findings and never throw: a case in
 * progress is allowed to be incomplete.
 */
package nl.regiekit.casemodel.rules;
