/**
 * A consumer on the module path: it reads only the json and report modules, which must bring the modules of their
 * API along (casefile, the domain modules, Jackson).
 */
module nl.regiekit.it.modulepath {
    requires nl.regiekit.json;
    requires nl.regiekit.report;
}
