/**
 * The one escape and number format of the SVG and HTML that Regiekit writes. JDK only.
 */
module nl.regiekit.markup {
    exports nl.regiekit.markup;
}
