package nl.regiekit.markup;

import java.util.Objects;

/**
 * A finished piece of markup (a document or a fragment) that a {@link MarkupWriter} may
 * {@linkplain MarkupWriter#embed(Markup) embed} as it is, such as an SVG picture in an HTML page.
 * Immutable and thread-safe.
 */
public final class Markup {

    private final String text;

    Markup(String text) {
        this.text = text;
    }

    /**
     * Markup the caller vouches for: text written by a {@link MarkupWriter} elsewhere, such as the
     * SVG document a picture renderer returns. Never user text: that goes through
     * {@link MarkupWriter#text(String)}.
     *
     * @param markup well-formed markup, never null
     * @return the markup, never null
     * @throws NullPointerException if {@code markup} is null
     */
    public static Markup trusted(String markup) {
        return new Markup(Objects.requireNonNull(markup, "markup"));
    }

    /** The markup's text, as written; never null. */
    @Override
    public String toString() {
        return text;
    }

    /** Whether {@code other} is markup of the same text. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Markup markup && markup.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
