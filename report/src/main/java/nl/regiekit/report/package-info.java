/**
 * The case file report (casusrapport): one self-contained HTML page of a case file, in full or
 * limited to what one organisation may see under the consents, with its signal sources.
 */
package nl.regiekit.report;
