package nl.regiekit.json.internal;

/**
 * The encoding check of the validation pipeline, run before anything else reads the bytes: a
 * document is UTF-8 (RFC 8259 §8.1), with or without a byte order mark. Jackson would otherwise
 * guess UTF-16 or UTF-32 from the first bytes and read overlong forms, surrogates and code points
 * beyond U+10FFFF as if they were characters.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Whether the bytes are in UTF-16 or UTF-32 rather than UTF-8, as Jackson would guess them: a
     * UTF-16 or UTF-32 byte order mark, or a zero byte among the first four (JSON text begins with
     * an ASCII character, whose UTF-16 and UTF-32 forms hold zero bytes).
     *
     * @throws NullPointerException if {@code bytes} is null
     */
    public static boolean looksWide(byte[] bytes) {
        if (bytes.length >= 2 && ((at(bytes, 0) == 0xFE && at(bytes, 1) == 0xFF)
            || (at(bytes, 0) == 0xFF && at(bytes, 1) == 0xFE))) {
            return true;
        }
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The offset of the first byte sequence that is not well-formed UTF-8 (Unicode, table 3-7):
     * a stray continuation byte, a lead byte that cannot start a sequence ({@code C0}, {@code C1},
     * {@code F5} to {@code FF}), an overlong form, a surrogate ({@code ED A0} to {@code ED BF}), a
     * code point beyond U+10FFFF, or a sequence cut short. The offset is that of the sequence's
     * first byte.
     *
     * @return the offset, or -1 if all of {@code bytes} is well-formed
     * @throws NullPointerException if {@code bytes} is null
     */
    public static int firstMalformed(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = at(bytes, i);
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + length > bytes.length) {
                return i;
            }
            int second = at(bytes, i + 1);
            if (second < low || second > high) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                int next = at(bytes, i + k);
                if (next < 0x80 || next > 0xBF) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }

    private static int at(byte[] bytes, int index) {
        return bytes[index] & 0xFF;
    }
}
