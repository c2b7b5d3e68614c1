package nl.regiekit.json;

/**
 * The limits the validation pipeline enforces before anything else: a document over one is
 * refused with one finding. Immutable and thread-safe.
 *
 * @param maxBytes the largest document in bytes; default 2 MB
 * @param maxDepth the deepest nesting of objects and arrays; default 64
 * @param maxStringLength the longest string value in characters; default 64 K
 * @param maxContainers the most objects and arrays in one document, all levels together; default
 *     {@value #DEFAULT_MAX_CONTAINERS}, which bounds the memory of the full path's tree (a 2 MB
 *     document of empty objects would otherwise cost some 60 MB of tree)
 */
public record Limits(int maxBytes, int maxDepth, int maxStringLength, int maxContainers) {

    /**
     * The default for {@link #maxContainers()}: Regiekit's documents hold one object or array per 60
     * to 70 bytes, so a 2 MB document about 35,000 of them.
     */
    public static final int DEFAULT_MAX_CONTAINERS = 100_000;

    /** 2 MB, nesting 64, strings of 64 K, {@value #DEFAULT_MAX_CONTAINERS} objects and arrays. */
    public static final Limits DEFAULTS = new Limits(2 * 1024 * 1024, 64, 64 * 1024);

    /** @throws IllegalArgumentException if a limit is below 1 */
    public Limits {
        if (maxBytes < 1 || maxDepth < 1 || maxStringLength < 1 || maxContainers < 1) {
            throw new IllegalArgumentException("limits must be 1 or more");
        }
    }

    /**
     * These limits with the default number of objects and arrays.
     *
     * @throws IllegalArgumentException if a limit is below 1
     */
    public Limits(int maxBytes, int maxDepth, int maxStringLength) {
        this(maxBytes, maxDepth, maxStringLength, DEFAULT_MAX_CONTAINERS);
    }
}
