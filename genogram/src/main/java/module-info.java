/** Genogram, sociogram and ecogram graphs, their checks, layout and SVG. */
module nl.regiekit.genogram {
    requires transitive nl.regiekit.casemodel;
}
