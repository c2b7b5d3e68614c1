package nl.regiekit.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A list of attributes to write on an element in the order given, such as a picture's stroke and
 * fill that many shapes share: text values, numbers in the format of
 * {@link MarkupWriter#number(double)}, and references to identifiers, which the writer gives its id
 * prefix. Names and identifiers are checked when the list is written, by
 * {@link MarkupWriter#attrs(Attributes)}. Immutable and thread-safe.
 */
public final class Attributes {

    private static final Attributes NONE = new Attributes(List.of());

    /** One attribute: a text value, or an identifier to refer to by URL. */
    record Attribute(String name, String value, boolean urlRef) {
    }

    private final List<Attribute> list;

    private Attributes(List<Attribute> list) {
        this.list = list;
    }

    /**
     * No attributes.
     *
     * @return the empty list, never null
     */
    public static Attributes none() {
        return NONE;
    }

    /**
     * One attribute with a text value.
     *
     * @return the list, never null
     * @throws NullPointerException if an argument is null
     */
    public static Attributes of(String name, String value) {
        return NONE.and(name, value);
    }

    /**
     * One attribute with a numeric value.
     *
     * @return the list, never null
     * @throws IllegalArgumentException if {@code value} has no text, as for
     *     {@link MarkupWriter#number(double)}
     * @throws NullPointerException if {@code name} is null
     */
    public static Attributes of(String name, double value) {
        return NONE.and(name, value);
    }

    /**
     * These attributes, then one with a text value.
     *
     * @return a new list, never null
     * @throws NullPointerException if an argument is null
     */
    public Attributes and(String name, String value) {
        return with(new Attribute(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"), false));
    }

    /**
     * These attributes, then one with a numeric value.
     *
     * @return a new list, never null
     * @throws IllegalArgumentException if {@code value} has no text, as for
     *     {@link MarkupWriter#number(double)}
     * @throws NullPointerException if {@code name} is null
     */
    public Attributes and(String name, double value) {
        return and(name, MarkupWriter.number(value));
    }

    /**
     * These attributes, then one that points to an identifier as a URL, as
     * {@link MarkupWriter#urlRef(String, String)} writes it.
     *
     * @return a new list, never null
     * @throws NullPointerException if an argument is null
     */
    public Attributes andUrlRef(String name, String id) {
        return with(new Attribute(Objects.requireNonNull(name, "name"), Objects.requireNonNull(id, "id"), true));
    }

    /**
     * These attributes, then {@code more}.
     *
     * @return a new list, never null
     * @throws NullPointerException if {@code more} is null
     */
    public Attributes and(Attributes more) {
        if (more.list.isEmpty()) {
            return this;
        }
        List<Attribute> joined = new ArrayList<>(list);
        joined.addAll(more.list);
        return new Attributes(List.copyOf(joined));
    }

    /** Whether the list is empty. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    List<Attribute> list() {
        return list;
    }

    private Attributes with(Attribute attribute) {
        List<Attribute> joined = new ArrayList<>(list.size() + 1);
        joined.addAll(list);
        joined.add(attribute);
        return new Attributes(List.copyOf(joined));
    }

    /** The attributes as they would stand in a start tag without an id prefix, for messages and tests. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Attribute attribute : list) {
            text.append(text.length() == 0 ? "" : " ").append(attribute.name()).append("=\"")
                .append(attribute.urlRef() ? "url(#" + attribute.value() + ")" : attribute.value()).append('"');
        }
        return text.toString();
    }
}
