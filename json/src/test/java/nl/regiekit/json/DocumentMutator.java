package nl.regiekit.json;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded generator of mutated documents for the robustness properties: each {@link Kind} breaks
 * a valid document in one way, either on its Jackson tree or on its bytes. Some kinds certainly
 * break it (truncation, garbage with a NUL byte, a duplicate key, nesting, a string or a size over
 * the limits); the others may by chance leave it valid. Not thread-safe.
 */
final class DocumentMutator {

    /** The ways a document is broken. */
    enum Kind {
        /** Removes a field. */
        DROP_FIELD(false),
        /** Replaces a value with one of another JSON type. */
        CHANGE_TYPE(false),
        /** Adds an unknown field to an object or a junk element to an array. */
        INSERT_JUNK(false),
        /** Repeats an element of an array. */
        DUPLICATE_ELEMENT(false),
        /** Swaps two scalar values. */
        SWAP_VALUES(false),
        /** Replaces a string with an awkward one: empty, blank, long, control characters, look-alikes. */
        REPLACE_STRING(false),
        /** Replaces a value with an edge number or date. */
        EDGE_VALUE(false),
        /** Applies two or three of the tree mutations above. */
        SEVERAL(false),
        /** Replaces a value with arrays and objects nested deeper than the limit. */
        DEEP_NESTING(true),
        /** Replaces a value with a string longer than the limit. */
        HUGE_STRING(true),
        /** Pads the document to more than the size limit. */
        OVERSIZE(true),
        /** Cuts the bytes off before the final closing brace. */
        TRUNCATE(true),
        /** Inserts random bytes that hold at least one NUL, which JSON allows nowhere. */
        BYTE_GARBAGE(true),
        /** Flips a few random bits. */
        BYTE_FLIPS(false),
        /** Writes one key of an object twice. */
        DUPLICATE_KEY(true);

        private final boolean certainlyBreaks;

        Kind(boolean certainlyBreaks) {
            this.certainlyBreaks = certainlyBreaks;
        }

        /** Whether every document this mutation makes is broken, whatever the random choices. */
        boolean certainlyBreaks() {
            return certainlyBreaks;
        }
    }

    /**
     * A mutated document.
     *
     * @param kind how it was broken
     * @param bytes the document
     * @param tree the mutated tree, or null if the mutation was on the bytes
     */
    record Mutant(Kind kind, byte[] bytes, JsonNode tree) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> JUNK_NAMES = List.of("junk", "a/b", "~", "", "ünïcode", "kind", "case",
        "$ref", "__proto__", " ");
    private static final List<String> AWKWARD_STRINGS = List.of("", " ", "\t\n", "\u0000", "x".repeat(5000),
        "-starts-with-hyphen", "has space", "1901-02-30", "2025-02-29", "0", "NaN", "null", "true", "ACCEPTED",
        "accepted", "declined", "waiting-list", "p-mother", "org-youth-care", "regiekit/case-file", "\u202Eomgekeerd",
        "\uD83D\uDE42", "<script>alert(1)</script>", "' OR 1=1 --", "%s%n", "\\u0000");

    private final Random random;
    private final int maxDepth;
    private final int maxString;
    private final int maxBytes;

    /** A mutator whose mutants depend only on {@code seed}, breaking documents against {@code limits}. */
    DocumentMutator(long seed, Limits limits) {
        this.random = new Random(seed);
        this.maxDepth = limits.maxDepth();
        this.maxString = limits.maxStringLength();
        this.maxBytes = limits.maxBytes();
    }

    /** A mutant of {@code document} (valid JSON object) of a random kind. */
    Mutant mutate(byte[] document) {
        return mutate(document, Kind.values()[random.nextInt(Kind.values().length)]);
    }

    /** A mutant of {@code document} (valid JSON object) of this kind. */
    Mutant mutate(byte[] document, Kind kind) {
        return switch (kind) {
            case OVERSIZE -> new Mutant(kind, oversize(document), null);
            case TRUNCATE -> new Mutant(kind, Arrays.copyOf(document, random.nextInt(lastBrace(document))), null);
            case BYTE_GARBAGE -> new Mutant(kind, garbage(document), null);
            case BYTE_FLIPS -> new Mutant(kind, flips(document), null);
            case DUPLICATE_KEY -> duplicateKey(document);
            default -> {
                ObjectNode root = (ObjectNode) SampleDocuments.TREES.readTree(document);
                if (kind == Kind.SEVERAL) {
                    for (int i = 2 + random.nextInt(2); i > 0; i--) {
                        onTree(root, Kind.values()[random.nextInt(Kind.SEVERAL.ordinal())]);
                    }
                } else {
                    onTree(root, kind);
                }
                yield new Mutant(kind, SampleDocuments.bytes(root), root);
            }
        };
    }

    private void onTree(ObjectNode root, Kind kind) {
        List<Slot> slots = slots(root);
        Slot slot = pick(slots);
        switch (kind) {
            case DROP_FIELD -> pick(slots.stream().filter(s -> s.field != null).toList()).remove();
            case CHANGE_TYPE -> slot.set(otherType(slot.value));
            case INSERT_JUNK -> insertJunk(root);
            case DUPLICATE_ELEMENT -> duplicateElement(root);
            case SWAP_VALUES -> swap(slots);
            case REPLACE_STRING -> {
                List<Slot> strings = slots.stream().filter(s -> s.value.isString()).toList();
                pick(strings.isEmpty() ? slots : strings).set(NODES.stringNode(pick(AWKWARD_STRINGS)));
            }
            case EDGE_VALUE -> slot.set(edgeValue());
            case DEEP_NESTING -> slot.set(nested(maxDepth + 1 + random.nextInt(3 * maxDepth)));
            case HUGE_STRING -> slot.set(NODES.stringNode("x".repeat(maxString + 1 + random.nextInt(maxString))));
            default -> throw new IllegalArgumentException("not a tree mutation: " + kind);
        }
    }

    private void insertJunk(ObjectNode root) {
        List<JsonNode> containers = new ArrayList<>();
        containers(root, containers);
        JsonNode container = pick(containers);
        JsonNode junk = junkValue();
        if (container instanceof ObjectNode object) {
            String name = pick(JUNK_NAMES);
            object.set(object.has(name) ? name + "-" + random.nextInt(1000) : name, junk);
        } else {
            ArrayNode array = (ArrayNode) container;
            array.insert(random.nextInt(array.size() + 1), junk);
        }
    }

    private void duplicateElement(ObjectNode root) {
        List<JsonNode> containers = new ArrayList<>();
        containers(root, containers);
        List<ArrayNode> arrays = containers.stream().filter(c -> c instanceof ArrayNode a && !a.isEmpty())
            .map(ArrayNode.class::cast).toList();
        if (arrays.isEmpty()) {
            insertJunk(root);
            return;
        }
        ArrayNode array = pick(arrays);
        JsonNode copy = array.get(random.nextInt(array.size())).deepCopy();
        array.insert(random.nextInt(array.size() + 1), copy);
    }

    private void swap(List<Slot> slots) {
        List<Slot> scalars = slots.stream().filter(s -> s.value.isValueNode()).toList();
        Slot first = pick(scalars);
        Slot second = pick(scalars);
        JsonNode firstValue = first.value;
        first.set(second.value.deepCopy());
        second.set(firstValue.deepCopy());
    }

    private JsonNode otherType(JsonNode value) {
        List<JsonNode> candidates = new ArrayList<>(List.of(NODES.stringNode("7"), NODES.numberNode(7),
            NODES.numberNode(-1.5), NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(),
            NODES.arrayNode().add(1).add("two"), NODES.objectNode().put("a", 1)));
        candidates.removeIf(c -> c.getNodeType() == value.getNodeType());
        return pick(candidates);
    }

    private JsonNode edgeValue() {
        return pick(List.of(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(Integer.MIN_VALUE), NODES.numberNode(BigInteger.TWO.pow(100)), NODES.numberNode(1e308),
            NODES.numberNode(-0.0), NODES.numberNode(0.1), NODES.stringNode("0000-01-01"),
            NODES.stringNode("9999-12-31"), NODES.stringNode("+10000-01-01"), NODES.stringNode("2024-02-29"),
            NODES.stringNode("2023-02-29"), NODES.stringNode("1970-01-01"), NODES.stringNode("2999-12-31")));
    }

    private JsonNode junkValue() {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.stringNode(pick(AWKWARD_STRINGS));
            case 1 -> NODES.numberNode(random.nextInt());
            case 2 -> NODES.nullNode();
            case 3 -> NODES.objectNode().put("vendor", "acme").put("x", random.nextDouble());
            case 4 -> nested(1 + random.nextInt(10));
            default -> NODES.booleanNode(random.nextBoolean());
        };
    }

    private JsonNode nested(int depth) {
        JsonNode node = NODES.stringNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("n", node);
        }
        return node;
    }

    private byte[] oversize(byte[] document) {
        int size = maxBytes + 1 + random.nextInt(1024);
        byte[] padded = new byte[size];
        Arrays.fill(padded, (byte) ' ');
        int brace = lastBrace(document);
        System.arraycopy(document, 0, padded, 0, brace);
        padded[size - 1] = '}';
        return padded;
    }

    private byte[] garbage(byte[] document) {
        byte[] junk = new byte[1 + random.nextInt(32)];
        random.nextBytes(junk);
        junk[random.nextInt(junk.length)] = 0;
        int at = random.nextInt(lastBrace(document) + 1);
        byte[] mutated = new byte[document.length + junk.length];
        System.arraycopy(document, 0, mutated, 0, at);
        System.arraycopy(junk, 0, mutated, at, junk.length);
        System.arraycopy(document, at, mutated, at + junk.length, document.length - at);
        return mutated;
    }

    private byte[] flips(byte[] document) {
        byte[] mutated = document.clone();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            int at = random.nextInt(mutated.length);
            mutated[at] = (byte) (mutated[at] ^ (1 + random.nextInt(255)));
        }
        return mutated;
    }

    private Mutant duplicateKey(byte[] document) {
        ObjectNode root = (ObjectNode) SampleDocuments.TREES.readTree(document);
        List<JsonNode> containers = new ArrayList<>();
        containers(root, containers);
        List<JsonNode> objects = containers.stream().filter(c -> c instanceof ObjectNode o && !o.isEmpty()).toList();
        JsonNode target = pick(objects);
        StringBuilder text = new StringBuilder();
        write(root, target, text);
        return new Mutant(Kind.DUPLICATE_KEY, text.toString().getBytes(StandardCharsets.UTF_8), null);
    }

    /** Writes {@code node} as JSON, with the first property of {@code target} written a second time. */
    private void write(JsonNode node, JsonNode target, StringBuilder text) {
        if (node instanceof ObjectNode object) {
            text.append('{');
            List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(object.properties());
            if (node == target) {
                Map.Entry<String, JsonNode> again = properties.get(random.nextInt(properties.size()));
                properties.add(random.nextInt(properties.size() + 1), again);
            }
            for (int i = 0; i < properties.size(); i++) {
                String name = SampleDocuments.TREES.writeValueAsString(properties.get(i).getKey());
                text.append(i == 0 ? "" : ",").append(name).append(':');
                write(properties.get(i).getValue(), target, text);
            }
            text.append('}');
        } else if (node instanceof ArrayNode array) {
            text.append('[');
            for (int i = 0; i < array.size(); i++) {
                text.append(i == 0 ? "" : ",");
                write(array.get(i), target, text);
            }
            text.append(']');
        } else {
            text.append(SampleDocuments.TREES.writeValueAsString(node));
        }
    }

    private static int lastBrace(byte[] document) {
        int at = document.length - 1;
        while (document[at] != '}') {
            at--;
        }
        return at;
    }

    private static void containers(JsonNode node, List<JsonNode> into) {
        if (node.isContainer()) {
            into.add(node);
            node.values().forEach(child -> containers(child, into));
        }
    }

    private static List<Slot> slots(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        return slots;
    }

    private static void collect(JsonNode node, List<Slot> into) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : object.properties()) {
                into.add(new Slot(object, property.getKey(), -1, property.getValue()));
                collect(property.getValue(), into);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                into.add(new Slot(array, null, i, array.get(i)));
                collect(array.get(i), into);
            }
        }
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A place in a tree: a field of an object or an element of an array. */
    private record Slot(JsonNode container, String field, int index, JsonNode value) {

        void set(JsonNode replacement) {
            if (container instanceof ObjectNode object) {
                object.set(field, replacement);
            } else {
                ((ArrayNode) container).set(index, replacement);
            }
        }

        void remove() {
            ((ObjectNode) container).remove(field);
        }
    }
}
