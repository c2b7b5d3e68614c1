/**
 * A consumer on the module path: it reads only the json module, which must bring the modules of its API along.
 * The report module is the next line here, {@code requires nl.regiekit.report;}, once it is published.
 */
module nl.regiekit.it.modulepath {
    requires nl.regiekit.json;
}
