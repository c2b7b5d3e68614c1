package nl.regiekit.markup;

/**
 * Text for the Markdown that Regiekit writes (the printable agendas): data from a case file is
 * written as text, never as markup. A Markdown reader passes HTML through, so a name or a note
 * holding {@code <img src=x onerror=...>} would otherwise become an element in the page it renders.
 * Stateless and thread-safe.
 */
public final class Markdown {

    /** The characters that can start markup inline: HTML, emphasis, code, links, tables, strikethrough. */
    private static final String SPECIAL = "\\`*_[]<>&|~";

    private Markdown() {
    }

    /**
     * {@code text} as literal Markdown text on one line: every character that can start markup is
     * escaped with a backslash (CommonMark's escape of ASCII punctuation), line breaks become spaces
     * so that no text starts a heading or list of its own, and characters that
     * {@link Xml#escape XML} leaves out are left out here too.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static String text(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r') {
                escaped.append(' ');
            } else if (cp < 0x80 && SPECIAL.indexOf(cp) >= 0) {
                escaped.append('\\').append((char) cp);
            } else if (Xml.allowed(cp)) {
                escaped.appendCodePoint(cp);
            }
        });
        return escaped.toString();
    }
}
