/**
 * Findings (bevindingen): problems in case data reported as data, with a stable code, a
 * severity, a JSON Pointer and a message in Dutch and English.
 */
package nl.regiekit.casemodel.finding;
