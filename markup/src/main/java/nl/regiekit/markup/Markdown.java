package nl.regiekit.markup;

import java.util.Objects;

/**
 * Plain text made safe for one line of a Markdown page (CommonMark, GitHub Flavored Markdown),
 * such as a heading or a list item: what the text says is shown, nothing it holds becomes
 * formatting, a link or HTML.
 */
public final class Markdown {

    /** Characters that mean something inline, wherever they stand. */
    private static final String INLINE = "\\`*_[]<>&|~#";
    /** Characters that begin a block (a heading, a list, a quote, a rule) at the start of a line. */
    private static final String BLOCK_START = "-+=>#";

    private Markdown() {
    }

    /**
     * {@code text} for one line of Markdown: every character that can mean something inline
     * ({@code \ ` * _ [ ] < > & | ~ #}) is escaped with a backslash, so that {@code <img>} stays
     * text and {@code [a](b)} no link; a line break becomes a space, so that text cannot start a
     * block of its own; white space at either end is left out, so that the text cannot indent
     * into a code block; at the start, a character that would begin a block ({@code - + = >}, or
     * the {@code .} or {@code )} after leading digits) is escaped too; characters that XML 1.0
     * does not allow are dropped, as in {@link MarkupWriter#escape(String)}.
     *
     * @return the escaped text, never null
     * @throws NullPointerException if {@code text} is null
     */
    public static String escape(String text) {
        String line = Objects.requireNonNull(text, "text").strip();
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        int digits = 0;
        boolean start = true;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' || cp == '\n') {
                if (cp == '\r' && i < line.length() && line.charAt(i) == '\n') {
                    i++;
                }
                escaped.append(' ');
                start = false;
                continue;
            }
            if (!MarkupWriter.allowed(cp)) {
                continue;
            }
            if (start) {
                if (cp >= '0' && cp <= '9' && digits < 9) {
                    digits++;
                    escaped.append((char) cp);
                    continue;
                }
                boolean blockStart = digits == 0 ? BLOCK_START.indexOf(cp) >= 0 : cp == '.' || cp == ')';
                if (blockStart || (cp < 0x80 && INLINE.indexOf(cp) >= 0)) {
                    escaped.append('\\');
                }
                escaped.appendCodePoint(cp);
                start = false;
                continue;
            }
            if (cp < 0x80 && INLINE.indexOf(cp) >= 0) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(cp);
        }
        return escaped.toString();
    }
}
