/** Helpers shared by the casemodel packages; not part of the API. */
package nl.regiekit.casemodel.internal;
