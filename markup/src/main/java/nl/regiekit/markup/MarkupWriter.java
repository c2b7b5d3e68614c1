package nl.regiekit.markup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Writes one XML, SVG or HTML document (or fragment) element by element: elements are opened and
 * closed by name, attribute values and text are always escaped, numbers are written in the one
 * format of {@link #number(double)}, and every identifier (an {@code id} attribute and every
 * reference to one) carries the writer's {@linkplain #idPrefix(String) id prefix}, so that several
 * pictures can share one page. The same calls always give the same characters.
 *
 * <p>Layout is the caller's: the writer adds no whitespace but what {@link #newline()} asks for.
 * An empty element is written {@code <name/>} in XML; in HTML a void element ({@code br},
 * {@code meta}, ...) is written {@code <name>} and any other element {@code <name></name>}.
 *
 * <p>Not thread-safe: one writer per document, used by one thread.
 */
public final class MarkupWriter {

    private static final Set<String> HTML_VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
        "link", "meta", "source", "track", "wbr");
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    /** Beyond this magnitude a number no longer has its tenths in a {@code long}. */
    private static final double LARGEST_NUMBER = 1e15;

    private final boolean html;
    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private final List<String> attributes = new ArrayList<>();
    private String idPrefix = "";
    private boolean inStartTag;
    private boolean finished;

    private MarkupWriter(boolean html, int capacity) {
        this.html = html;
        this.out = new StringBuilder(capacity);
    }

    /**
     * A writer of XML (SVG is XML): empty elements are self-closing.
     *
     * @return a new writer, never null
     */
    public static MarkupWriter xml() {
        return xml(1024);
    }

    /**
     * A writer of XML with room for about {@code capacity} characters, so that a large picture is
     * not copied as it grows.
     *
     * @return a new writer, never null
     * @throws IllegalArgumentException if {@code capacity} is negative
     */
    public static MarkupWriter xml(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        return new MarkupWriter(false, capacity);
    }

    /**
     * A writer of HTML: void elements have no end tag, other empty elements an explicit one.
     *
     * @return a new writer, never null
     */
    public static MarkupWriter html() {
        return new MarkupWriter(true, 4096);
    }

    /**
     * Sets the prefix of every identifier this writer writes, through {@link #id(String)},
     * {@link #idRef(String, String)}, {@link #fragmentRef(String, String)} and
     * {@link #urlRef(String, String)}; the empty prefix (the default) leaves identifiers as given.
     *
     * @param prefix letters, digits, {@code -}, {@code _} and {@code .}, starting with a letter or
     *     {@code _}; or empty
     * @return this writer
     * @throws IllegalArgumentException if {@code prefix} is not such a prefix
     * @throws IllegalStateException if something has been written already
     * @throws NullPointerException if {@code prefix} is null
     */
    public MarkupWriter idPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.isEmpty() && !isName(prefix, false)) {
            throw new IllegalArgumentException("not an id prefix: " + prefix);
        }
        if (out.length() > 0 || finished) {
            throw new IllegalStateException("the id prefix is set before anything is written");
        }
        this.idPrefix = prefix;
        return this;
    }

    /**
     * Writes the XML declaration {@code <?xml version="1.0" encoding="UTF-8"?>} and a line break.
     *
     * @return this writer
     * @throws IllegalStateException if this writer writes HTML or has written something already
     */
    public MarkupWriter declaration() {
        if (html || out.length() > 0 || finished) {
            throw new IllegalStateException("an XML declaration starts an XML document");
        }
        out.append(DECLARATION).append('\n');
        return this;
    }

    /**
     * Writes {@code <!DOCTYPE html>} and a line break.
     *
     * @return this writer
     * @throws IllegalStateException if this writer writes XML or has written something already
     */
    public MarkupWriter doctype() {
        if (!html || out.length() > 0 || finished) {
            throw new IllegalStateException("a doctype starts an HTML document");
        }
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    /**
     * Opens an element: its attributes may follow until its content or its end.
     *
     * @param name the element's name: a letter or {@code _}, then letters, digits, {@code -},
     *     {@code _}, {@code .} or {@code :}
     * @return this writer
     * @throws IllegalArgumentException if {@code name} is not such a name
     * @throws IllegalStateException if the writer is finished or the current element is an HTML
     *     void element, which holds nothing
     * @throws NullPointerException if {@code name} is null
     */
    public MarkupWriter open(String name) {
        checkName(name, "element");
        content();
        out.append('<').append(name);
        open.push(name);
        inStartTag = true;
        attributes.clear();
        return this;
    }

    /**
     * Writes an attribute with a text value, escaped as {@link #escape(String)} does except for the
     * apostrophe, which means nothing inside the double quotes this writer puts around every value
     * (so that a CSS font list such as {@code 'Noto Sans', serif} reads as written).
     *
     * @param name the attribute's name, as for elements; not {@code id}, which goes through
     *     {@link #id(String)}
     * @param value the value, never null
     * @return this writer
     * @throws IllegalArgumentException if {@code name} is not a name, is {@code id}, or was written
     *     on this element already
     * @throws IllegalStateException if no start tag is open for attributes
     * @throws NullPointerException if an argument is null
     */
    public MarkupWriter attr(String name, String value) {
        Objects.requireNonNull(value, "value");
        if ("id".equals(name)) {
            throw new IllegalArgumentException("an id goes through id(), which applies the id prefix");
        }
        return attribute(name, value);
    }

    /**
     * Writes an attribute with a numeric value in the format of {@link #number(double)}.
     *
     * @return this writer
     * @throws IllegalArgumentException as {@link #attr(String, String)}, or if {@code value} is
     *     not a finite number of at most 10<sup>15</sup> in magnitude
     * @throws IllegalStateException if no start tag is open for attributes
     * @throws NullPointerException if {@code name} is null
     */
    public MarkupWriter attr(String name, double value) {
        checkNumber(value);
        if ("id".equals(name)) {
            throw new IllegalArgumentException("an id goes through id(), which applies the id prefix");
        }
        start(name);
        appendNumber(out, value);
        out.append('"');
        return this;
    }

    /**
     * Writes the element's {@code id} attribute: the id prefix, then {@code id}.
     *
     * @param id the identifier within this document, a name as for elements
     * @return this writer
     * @throws IllegalArgumentException if {@code id} is not a name, or the element has an id already
     * @throws IllegalStateException if no start tag is open for attributes
     * @throws NullPointerException if {@code id} is null
     */
    public MarkupWriter id(String id) {
        return attribute("id", prefixed(id));
    }

    /**
     * Writes an attribute that names an identifier of this document, such as
     * {@code aria-labelledby} or {@code for}: the id prefix, then {@code id}.
     *
     * @return this writer
     * @throws IllegalArgumentException if {@code attribute} or {@code id} is not a name
     * @throws IllegalStateException if no start tag is open for attributes
     * @throws NullPointerException if an argument is null
     */
    public MarkupWriter idRef(String attribute, String id) {
        return attribute(attribute, prefixed(id));
    }

    /**
     * Writes an attribute that links to an identifier of this document, such as {@code href}:
     * {@code #}, the id prefix, then {@code id}.
     *
     * @return this writer
     * @throws IllegalArgumentException if {@code attribute} or {@code id} is not a name
     * @throws IllegalStateException if no start tag is open for attributes
     * @throws NullPointerException if an argument is null
     */
    public MarkupWriter fragmentRef(String attribute, String id) {
        return attribute(attribute, "#" + prefixed(id));
    }

    /**
     * Writes an attribute that points to an identifier of this document as a CSS or SVG URL, such
     * as {@code marker-end} or {@code fill}: {@code url(#}, the id prefix, {@code id}, {@code )}.
     *
     * @return this writer
     * @throws IllegalArgumentException if {@code attribute} or {@code id} is not a name
     * @throws IllegalStateException if no start tag is open for attributes
     * @throws NullPointerException if an argument is null
     */
    public MarkupWriter urlRef(String attribute, String id) {
        return attribute(attribute, "url(#" + prefixed(id) + ")");
    }

    /**
     * Writes a list of attributes in its order, each as {@link #attr(String, String)} or
     * {@link #urlRef(String, String)} would.
     *
     * @return this writer
     * @throws IllegalArgumentException as those methods
     * @throws IllegalStateException if no start tag is open for attributes
     * @throws NullPointerException if {@code attributes} is null
     */
    public MarkupWriter attrs(Attributes attributes) {
        for (Attributes.Attribute attribute : attributes.list()) {
            if (attribute.urlRef()) {
                urlRef(attribute.name(), attribute.value());
            } else {
                attr(attribute.name(), attribute.value());
            }
        }
        return this;
    }

    /**
     * Writes text content, escaped as {@link #escape(String)} does.
     *
     * @return this writer
     * @throws IllegalStateException if no element is open, or the current element is an HTML void
     *     element or an HTML {@code style} or {@code script} element (see {@link #css(String)})
     * @throws NullPointerException if {@code text} is null
     */
    public MarkupWriter text(String text) {
        Objects.requireNonNull(text, "text");
        if (open.isEmpty()) {
            throw new IllegalStateException("text belongs in an element");
        }
        if (html && ("style".equals(open.peek()) || "script".equals(open.peek()))) {
            throw new IllegalStateException("an HTML " + open.peek() + " element reads no character references");
        }
        content();
        escapeInto(out, text);
        return this;
    }

    /**
     * Writes a style sheet as the content of an HTML {@code style} element, as it is: HTML reads
     * no character references there, so the sheet may hold no {@code <} at all.
     *
     * @return this writer
     * @throws IllegalArgumentException if {@code stylesheet} holds {@code <}
     * @throws IllegalStateException if the current element is not an HTML {@code style} element
     * @throws NullPointerException if {@code stylesheet} is null
     */
    public MarkupWriter css(String stylesheet) {
        Objects.requireNonNull(stylesheet, "stylesheet");
        if (!html || !"style".equals(open.peek())) {
            throw new IllegalStateException("a style sheet goes in an HTML style element");
        }
        if (stylesheet.indexOf('<') >= 0) {
            throw new IllegalArgumentException("a style sheet in HTML may not hold '<'");
        }
        content();
        escapeInto(out, stylesheet, Escaping.NONE);
        return this;
    }

    /**
     * Opens an element, writes {@code text} in it, escaped, and closes it.
     *
     * @return this writer
     * @throws IllegalArgumentException if {@code name} is not a name
     * @throws IllegalStateException as {@link #open(String)} and {@link #text(String)}
     * @throws NullPointerException if an argument is null
     */
    public MarkupWriter element(String name, String text) {
        return open(name).text(text).close(name);
    }

    /**
     * Writes a line break, between elements or in content.
     *
     * @return this writer
     * @throws IllegalStateException if the writer is finished or the current element is an HTML
     *     void element
     */
    public MarkupWriter newline() {
        content();
        out.append('\n');
        return this;
    }

    /**
     * Embeds a fragment finished by another writer, such as an SVG picture in an HTML page, as it
     * is; a document's leading XML declaration (with its line break) is left out, as a declaration
     * belongs only at the start of a document.
     *
     * @return this writer
     * @throws IllegalStateException if the writer is finished or the current element is an HTML
     *     void element
     * @throws NullPointerException if {@code fragment} is null
     */
    public MarkupWriter embed(Markup fragment) {
        Objects.requireNonNull(fragment, "fragment");
        content();
        String text = fragment.toString();
        if (text.startsWith(DECLARATION)) {
            int start = DECLARATION.length();
            if (text.startsWith("\r\n", start)) {
                start += 2;
            } else if (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
                start++;
            }
            out.append(text, start, text.length());
        } else {
            out.append(text);
        }
        return this;
    }

    /**
     * Closes the current element, which must be named {@code name}.
     *
     * @return this writer
     * @throws IllegalStateException if no element is open or the current element has another name
     * @throws NullPointerException if {@code name} is null
     */
    public MarkupWriter close(String name) {
        Objects.requireNonNull(name, "name");
        if (open.isEmpty()) {
            throw new IllegalStateException("no element is open to close " + name);
        }
        if (!open.peek().equals(name)) {
            throw new IllegalStateException("the open element is " + open.peek() + ", not " + name);
        }
        open.pop();
        if (inStartTag) {
            inStartTag = false;
            if (!html) {
                out.append("/>");
            } else if (HTML_VOID.contains(name)) {
                out.append('>');
            } else {
                out.append("></").append(name).append('>');
            }
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /**
     * The finished document; the writer takes nothing more.
     *
     * @return the text written, never null
     * @throws IllegalStateException if an element is still open, or the writer was finished before
     */
    public String finish() {
        if (finished) {
            throw new IllegalStateException("the writer is finished");
        }
        if (!open.isEmpty()) {
            throw new IllegalStateException("element still open: " + open.peek());
        }
        finished = true;
        return out.toString();
    }

    /**
     * The finished document as a fragment that another writer may {@linkplain #embed(Markup) embed}.
     *
     * @return the markup written, never null
     * @throws IllegalStateException as {@link #finish()}
     */
    public Markup toMarkup() {
        return new Markup(finish());
    }

    /**
     * A number rounded to one decimal, a dot as decimal separator, no trailing {@code .0} and no
     * minus zero: {@code 12}, {@code 12.4}, {@code -0.5}; for coordinates in path data and
     * transforms, which are text attributes made of numbers. Written by hand: {@code String.format}
     * is the slowest part of a large picture.
     *
     * @return the number's text, never null
     * @throws IllegalArgumentException if {@code value} is not finite or is more than
     *     10<sup>15</sup> in magnitude
     */
    public static String number(double value) {
        return appendNumber(new StringBuilder(8), value).toString();
    }

    /**
     * Appends a number in the format of {@link #number(double)} to {@code target}, for path data
     * built of many numbers: no string is made for each.
     *
     * @return {@code target}
     * @throws IllegalArgumentException as {@link #number(double)}
     * @throws NullPointerException if {@code target} is null
     */
    public static StringBuilder appendNumber(StringBuilder target, double value) {
        Objects.requireNonNull(target, "target");
        checkNumber(value);
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        if (tenths < 0) {
            target.append('-');
        }
        target.append(whole);
        if (tenth != 0) {
            target.append('.').append((char) ('0' + tenth));
        }
        return target;
    }

    private static void checkNumber(double value) {
        if (!(Math.abs(value) <= LARGEST_NUMBER)) {
            throw new IllegalArgumentException("not a number for markup: " + value);
        }
    }

    /**
     * Text escaped for XML and HTML content and attribute values: {@code & < > " '} as
     * {@code &amp; &lt; &gt; &quot; &apos;}; characters XML 1.0 does not allow (control characters
     * other than tab and line breaks, lone surrogates, U+FFFE, U+FFFF) are dropped, as they carry
     * nothing a reader needs. What {@link #text(String)} writes; attribute values keep the apostrophe.
     *
     * @return the escaped text, never null
     * @throws NullPointerException if {@code text} is null
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        escapeInto(escaped, text);
        return escaped.toString();
    }

    /** What is written as a character reference: everything, all but the apostrophe, or nothing. */
    private enum Escaping { TEXT, ATTRIBUTE, NONE }

    private static void escapeInto(StringBuilder target, String text) {
        escapeInto(target, text, Escaping.TEXT);
    }

    private static void escapeInto(StringBuilder target, String text, Escaping escaping) {
        int length = text.length();
        // Most text needs no reference and drops nothing: it is appended as it is, up to the first
        // character that needs one or is not printable ASCII.
        int plain = 0;
        while (plain < length && plain(text.charAt(plain), escaping)) {
            plain++;
        }
        target.append(text, 0, plain);
        for (int i = plain; i < length; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (escaping != Escaping.NONE && cp < 0x80) {
                switch (cp) {
                    case '&' -> target.append("&amp;");
                    case '<' -> target.append("&lt;");
                    case '>' -> target.append("&gt;");
                    case '"' -> target.append("&quot;");
                    case '\'' -> target.append(escaping == Escaping.TEXT ? "&apos;" : "'");
                    default -> {
                        if (allowed(cp)) {
                            target.append((char) cp);
                        }
                    }
                }
            } else if (allowed(cp)) {
                target.appendCodePoint(cp);
            }
        }
    }

    /** Whether the character is written as it is: printable ASCII that needs no reference under this escaping. */
    private static boolean plain(char c, Escaping escaping) {
        return c >= 0x20 && c < 0x7F && (escaping == Escaping.NONE || c != '&' && c != '<' && c != '>' && c != '"'
            && (c != '\'' || escaping != Escaping.TEXT));
    }

    /** Whether XML 1.0 allows the code point; a lone surrogate comes out of codePointAt as itself. */
    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
            || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private MarkupWriter attribute(String name, String value) {
        start(name);
        escapeInto(out, value, Escaping.ATTRIBUTE);
        out.append('"');
        return this;
    }

    /** Checks an attribute's name and writes it up to the opening quote of its value. */
    private void start(String name) {
        if (!inStartTag) {
            checkName(name, "attribute");
            throw new IllegalStateException("attribute " + name + " belongs in a start tag");
        }
        for (int i = 0; i < attributes.size(); i++) {
            String written = attributes.get(i);
            // Names written on an element are mostly the same constants: the same string is the same name.
            if (written == name || written.equals(name)) {
                throw new IllegalArgumentException("attribute written twice: " + name);
            }
        }
        checkName(name, "attribute");
        attributes.add(name);
        out.append(' ').append(name).append("=\"");
    }

    private String prefixed(String id) {
        checkName(id, "id");
        if (id.indexOf(':') >= 0) {
            throw new IllegalArgumentException("an id holds no ':': " + id);
        }
        return idPrefix + id;
    }

    /** Ends a pending start tag before content; refuses content where none may go. */
    private void content() {
        if (finished) {
            throw new IllegalStateException("the writer is finished");
        }
        if (html && !open.isEmpty() && HTML_VOID.contains(open.peek())) {
            throw new IllegalStateException("an HTML " + open.peek() + " element holds nothing");
        }
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }

    private static void checkName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!isName(name, true)) {
            throw new IllegalArgumentException("not an " + what + " name: " + name);
        }
    }

    /** An ASCII XML name: a letter or {@code _}, then letters, digits, {@code - _ .} and, if allowed, {@code :}. */
    private static boolean isName(String name, boolean colon) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            boolean rest = (c >= '0' && c <= '9') || c == '-' || c == '.' || (colon && c == ':');
            if (!(letter || (i > 0 && rest))) {
                return false;
            }
        }
        return true;
    }
}
