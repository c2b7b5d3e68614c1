/**
 * The markup writer: {@link nl.regiekit.markup.MarkupWriter} writes XML, SVG and HTML element by
 * element and escapes every text and attribute value; {@link nl.regiekit.markup.Markup} is a
 * finished fragment that another writer may embed; {@link nl.regiekit.markup.Markdown} escapes
 * text for a Markdown page.
 */
package nl.regiekit.markup;
