/**
 * The one markup writer of Regiekit: XML, SVG and HTML written element by element, with text and
 * attribute values always escaped, numbers in one format and identifiers under one prefix; and a
 * Markdown text escape. The JDK only.
 */
module nl.regiekit.markup {
    exports nl.regiekit.markup;
}
