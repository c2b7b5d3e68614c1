package nl.regiekit.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.regiekit.casemodel.OrganisationId;

/**
 * The bearer tokens the service accepts, each for one organisation and role, kept only as the
 * SHA-256 hash of the token. A token file has one token a line, {@code ORGANISATION ROLE sha256:HEX},
 * with {@code #} comments and blank lines; a line with a token in clear is refused, so a leaked file
 * gives no one a token. Tokens are 256 random bits ({@link #newToken()}), which is why an unsalted
 * hash suffices: there is no dictionary to try. Immutable and thread-safe.
 */
public final class Tokens {

    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Caller> byHash;

    private Tokens(Map<String, Caller> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    /** No tokens: every call that needs one is refused. */
    public static Tokens none() {
        return new Tokens(Map.of());
    }

    /**
     * The tokens of a token file.
     *
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if a line is not {@code ORGANISATION ROLE sha256:HEX}, names an
     *     unknown role, or holds a token in clear; the message names the line, never its token
     */
    public static Tokens load(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * The tokens of the lines of a token file.
     *
     * @throws NullPointerException if {@code lines} is null
     * @throws IllegalArgumentException as {@link #load}
     */
    public static Tokens parse(List<String> lines) {
        Tokens tokens = none();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            int number = i + 1;
            if (parts.length != 3) {
                throw new IllegalArgumentException("token file line " + number + ": expected ORGANISATION ROLE sha256:HEX");
            }
            Role role = Role.of(parts[1]).orElseThrow(() -> new IllegalArgumentException(
                "token file line " + number + ": role must be coordinator, partner or integrator"));
            if (!HASH.matcher(parts[2]).matches()) {
                throw new IllegalArgumentException("token file line " + number
                    + ": the token must be stored as its hash, sha256:<64 hex digits>, never in clear");
            }
            tokens = tokens.with(new Caller(OrganisationId.of(parts[0]), role), parts[2]);
        }
        return tokens;
    }

    /**
     * These tokens and one more.
     *
     * @param caller the organisation and role the token speaks for
     * @param hash the token's hash, as {@link #hash} gives it
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code hash} is not {@code sha256:HEX} or is already present
     */
    public Tokens with(Caller caller, String hash) {
        Objects.requireNonNull(caller, "caller");
        if (!HASH.matcher(Objects.requireNonNull(hash, "hash")).matches()) {
            throw new IllegalArgumentException("hash must be sha256:<64 lower-case hex digits>");
        }
        Map<String, Caller> next = new HashMap<>(byHash);
        if (next.putIfAbsent(hash, caller) != null) {
            throw new IllegalArgumentException("the same token is configured twice");
        }
        return new Tokens(next);
    }

    /**
     * The caller a presented token speaks for, if it is one of these.
     *
     * @throws NullPointerException if {@code token} is null
     */
    public Optional<Caller> caller(String token) {
        return Optional.ofNullable(byHash.get(hash(token)));
    }

    /** Whether there are no tokens. */
    public boolean isEmpty() {
        return byHash.isEmpty();
    }

    /** A new token: 256 random bits, URL-safe Base64 without padding. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The form a token is stored in: {@code sha256:} and the hex SHA-256 of its UTF-8 bytes.
     *
     * @throws NullPointerException if {@code token} is null
     */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(Objects.requireNonNull(token, "token").getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
