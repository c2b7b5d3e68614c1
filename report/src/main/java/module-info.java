/**
 * The case file report (casusrapport) as a library: built from a case file view, in full or limited
 * to what one organisation may see under the consents. Depends on neither the JSON adapter nor the
 * command line.
 */
module nl.regiekit.report {
    requires nl.regiekit.markup;
    requires transitive nl.regiekit.casefile;

    exports nl.regiekit.report;
}
