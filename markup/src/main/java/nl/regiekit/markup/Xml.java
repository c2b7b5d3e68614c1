package nl.regiekit.markup;

/**
 * Text for the pictures and pages the modules write (SVG, HTML): escaped the one way, numbers in
 * the one format, so that the same input always gives the same bytes. Every picture, page and
 * printable agenda of Regiekit escapes through this class. Stateless and thread-safe.
 */
public final class Xml {

    private Xml() {
    }

    /**
     * Text escaped for XML (and HTML) content and attribute values; characters XML 1.0 does not
     * allow (control characters other than tab and line breaks, lone surrogates, U+FFFE, U+FFFF)
     * are dropped, as they carry nothing a reader needs.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    if (allowed(cp)) {
                        escaped.appendCodePoint(cp);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** Whether XML 1.0 allows the code point {@code cp} in text. */
    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
            || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /**
     * A number rounded to one decimal, a dot as decimal separator, no trailing {@code .0} and no
     * minus zero. Written by hand: {@code String.format} is the slowest part of a large picture.
     */
    public static String num(double value) {
        long tenths = Math.round(value * 10);
        long whole = Math.abs(tenths) / 10;
        long tenth = Math.abs(tenths) % 10;
        String sign = tenths < 0 ? "-" : "";
        return tenth == 0 ? sign + whole : sign + whole + "." + tenth;
    }
}
