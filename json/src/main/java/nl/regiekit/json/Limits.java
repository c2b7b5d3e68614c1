package nl.regiekit.json;

/**
 * The limits the validation pipeline enforces before anything else: a document over one is
 * refused with one finding. Immutable and thread-safe.
 *
 * @param maxBytes the largest document in bytes; default 2 MB
 * @param maxDepth the deepest nesting of objects and arrays; default 64
 * @param maxStringLength the longest string value in characters; default 64 K
 */
public record Limits(int maxBytes, int maxDepth, int maxStringLength) {

    /** 2 MB, nesting 64, strings of 64 K. */
    public static final Limits DEFAULTS = new Limits(2 * 1024 * 1024, 64, 64 * 1024);

    /** @throws IllegalArgumentException if a limit is below 1 */
    public Limits {
        if (maxBytes < 1 || maxDepth < 1 || maxStringLength < 1) {
            throw new IllegalArgumentException("limits must be 1 or more");
        }
    }
}
