/**
 * Pictures of the graphs: the genogram laid out in generations and drawn as SVG with the
 * profession's standard symbols and line styles, its Graphviz DOT export, and the sociogram
 * and ecogram as SVG. Output is deterministic: the same graph gives the same bytes.
 */
package nl.regiekit.genogram.render;
