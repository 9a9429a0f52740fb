package org.claimscreen.persistence;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}, encoded in UTF-8 into one
 * growing byte array: a chunk's rows then reach the server as one COPY instead of a statement per
 * row. Fields are separated by a tab and rows end with a newline; {@code \N} is NULL, so a
 * backslash in the data is doubled and tab, newline and carriage return are written as {@code \t},
 * {@code \n} and {@code \r} (the server's text format reads nothing else specially). An unpaired
 * surrogate becomes {@code ?}, as {@link String#getBytes} and pgjdbc's parameters encode it.
 */
final class CopyText implements RowValues {

    private byte[] bytes;
    private int size;
    private boolean rowStarted;

    CopyText(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    byte[] bytes() {
        return bytes;
    }

    int size() {
        return size;
    }

    @Override
    public CopyText text(String value) {
        separate();
        if (value == null) {
            writeNull();
            return this;
        }
        int length = value.length();
        ensure(3 * length); // the most one char takes: 3 bytes of UTF-8 (a pair takes 4 for 2 chars)
        byte[] b = bytes;
        int at = size;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> { b[at++] = '\\'; b[at++] = '\\'; }
                    case '\t' -> { b[at++] = '\\'; b[at++] = 't'; }
                    case '\n' -> { b[at++] = '\\'; b[at++] = 'n'; }
                    case '\r' -> { b[at++] = '\\'; b[at++] = 'r'; }
                    default -> b[at++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(value.charAt(i + 1))) {
                int code = Character.toCodePoint(c, value.charAt(++i));
                b[at++] = (byte) (0xF0 | code >> 18);
                b[at++] = (byte) (0x80 | code >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | code >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | code & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[at++] = '?';
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        size = at;
        return this;
    }

    @Override
    public CopyText integer(int value) {
        return bigint(value);
    }

    @Override
    public CopyText integerOrNull(Integer value) {
        if (value == null) {
            separate();
            writeNull();
            return this;
        }
        return bigint(value);
    }

    @Override
    public CopyText bigint(long value) {
        separate();
        ensure(20);
        if (value == Long.MIN_VALUE) {
            writeAscii(Long.toString(value));
            return this;
        }
        if (value < 0) {
            bytes[size++] = '-';
            value = -value;
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size += digits;
        return this;
    }

    /**
     * ISO year-month-day as pgjdbc sends a date parameter: the year at least four digits, and a
     * year before 1 as the proleptic BC year ({@code 0000-01-01} is {@code 0001-01-01 BC}).
     */
    @Override
    public CopyText date(LocalDate value) {
        separate();
        if (value == null) {
            writeNull();
            return this;
        }
        int year = value.getYear();
        boolean bc = year <= 0;
        String digits = Integer.toString(bc ? 1 - year : year);
        ensure(digits.length() + 12);
        for (int i = digits.length(); i < 4; i++) {
            bytes[size++] = '0';
        }
        writeAscii(digits);
        bytes[size++] = '-';
        twoDigits(value.getMonthValue());
        bytes[size++] = '-';
        twoDigits(value.getDayOfMonth());
        if (bc) {
            writeAscii(" BC");
        }
        return this;
    }

    /** Ends the row begun by the values written since the last one. */
    void endRow() {
        ensure(1);
        bytes[size++] = '\n';
        rowStarted = false;
    }

    private void separate() {
        if (rowStarted) {
            ensure(1);
            bytes[size++] = '\t';
        }
        rowStarted = true;
    }

    private void writeNull() {
        ensure(2);
        bytes[size++] = '\\';
        bytes[size++] = 'N';
    }

    private void twoDigits(int value) {
        bytes[size++] = (byte) ('0' + value / 10);
        bytes[size++] = (byte) ('0' + value % 10);
    }

    private void writeAscii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
