/**
 * The case file bundle, the rules over it and the view of it per organisation. Depends on the JDK,
 * the Jakarta Validation annotations and the domain modules only.
 */
module nl.regiekit.casefile {
    requires transitive nl.regiekit.casemodel;
    requires transitive nl.regiekit.plan;
    requires transitive nl.regiekit.balance;
    requires transitive nl.regiekit.genogram;

    exports nl.regiekit.casefile;

    // The JSON binding and Jakarta Validation read the records reflectively.
    opens nl.regiekit.casefile;
}
