/**
 * The case aggregate and shared kernel (casus): typed identifiers, {@link nl.regiekit.casemodel.Person},
 * {@link nl.regiekit.casemodel.Family}, life domains, {@link nl.regiekit.casemodel.Case} with referral,
 * phases, team, involved organisations and consents, and the organisation's
 * {@link nl.regiekit.casemodel.CasePolicy}. All types are immutable; optional parts are {@link java.util.Optional}
 * and lists are never null.
 */
package nl.regiekit.casemodel;
