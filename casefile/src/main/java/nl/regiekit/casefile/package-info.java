/**
 * The case file (dossier): a case with its help plans, assessments, graphs and meetings; the
 * composition of every rule set over it ({@link nl.regiekit.casefile.CaseFileRules}); and
 * {@link nl.regiekit.casefile.CaseFileView}, the one place where a case file is cut down to what one
 * organisation may see under the consents (method §11).
 */
package nl.regiekit.casefile;
