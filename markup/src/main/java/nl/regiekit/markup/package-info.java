/**
 * Markup shared by every picture and page Regiekit writes (genogram, sociogram, ecogram and
 * balance SVG, the case file report, the printable agendas): one escape and one number format.
 * JDK only.
 */
package nl.regiekit.markup;
