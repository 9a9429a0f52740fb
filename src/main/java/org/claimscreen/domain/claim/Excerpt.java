package org.claimscreen.domain.claim;

/**
 * How a value read from a file is quoted back in a reject or error: at most {@link #LENGTH}
 * characters, control characters made visible, and the full length said when it was cut. An
 * export can hold a 5 MB cell or a NUL byte; a reason must still fit its column, print on one
 * line and never carry the raw value into logs or the database.
 */
public final class Excerpt {

    /** Characters of a value a reason quotes. */
    public static final int LENGTH = 40;

    private Excerpt() {
    }

    /** {@code '97L24'}; {@code 'XXXX…' (5,000,000 characters)} for a value longer than {@link #LENGTH}. */
    public static String quoted(String value) {
        if (value == null) {
            return "(none)";
        }
        if (value.length() <= LENGTH) {
            return "'" + visible(value) + "'";
        }
        return "'" + visible(cut(value, LENGTH)) + "…' (" + String.format("%,d", value.length()) + " characters)";
    }

    /**
     * The text itself when it fits {@code max} characters, else its start and "…" in exactly
     * {@code max}: for reasons and ids that go into columns of a fixed size.
     */
    public static String capped(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return cut(text, max - 1) + "…";
    }

    /** True when the value holds a control character (NUL, a line break, ...): no id should. */
    public static boolean hasControlCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String text, int length) {
        // never split a surrogate pair: half a character is not printable
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    private static String visible(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String shown = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : null;
            };
            if (shown != null && out == null) {
                out = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (out != null) {
                out.append(shown != null ? shown : String.valueOf(c));
            }
        }
        return out == null ? value : out.toString();
    }
}
