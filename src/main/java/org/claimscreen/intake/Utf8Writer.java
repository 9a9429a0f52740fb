package org.claimscreen.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Text to UTF-8 bytes for the report files, the same bytes an {@code OutputStreamWriter} writes
 * (a surrogate without its pair becomes {@code ?}, as its encoder replaces it), at less cost:
 * the report writers write a few characters at a time, which an {@code OutputStreamWriter} passes
 * one call at a time through its encoder, and the JDK's encoder leaves its fast ASCII loop for
 * good at the first other character of a chunk (every report has some: {@code §}, dashes).
 * Characters are buffered and encoded here in one plain loop. It takes no lock: one thread writes
 * a report. Closing flushes; the stream underneath is the caller's.
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final char[] buffer;
    private final byte[] bytes;
    private int size;
    /** A high surrogate at the end of the last drain, waiting for its pair. */
    private char pending;

    Utf8Writer(OutputStream out, int capacity) {
        this.out = out;
        this.buffer = new char[capacity];
        this.bytes = new byte[capacity * 3 + 4];
    }

    @Override
    public void write(int c) throws IOException {
        if (size == buffer.length) {
            drain();
        }
        buffer[size++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > buffer.length - size) {
            drain();
            while (length > buffer.length) {
                System.arraycopy(chars, offset, buffer, 0, buffer.length);
                size = buffer.length;
                drain();
                offset += buffer.length;
                length -= buffer.length;
            }
        }
        System.arraycopy(chars, offset, buffer, size, length);
        size += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        while (length > 0) {
            if (size == buffer.length) {
                drain();
            }
            int n = Math.min(length, buffer.length - size);
            text.getChars(offset, offset + n, buffer, size);
            size += n;
            offset += n;
            length -= n;
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        return text == null ? append("null", 0, 4) : append(text, 0, text.length());
    }

    @Override
    public Writer append(CharSequence text, int start, int end) throws IOException {
        if (text == null) {
            return append("null", start, end);
        }
        if (text instanceof String string) {
            write(string, start, end - start);
        } else if (text instanceof StringBuilder builder) {
            while (start < end) {
                if (size == buffer.length) {
                    drain();
                }
                int n = Math.min(end - start, buffer.length - size);
                builder.getChars(start, start + n, buffer, size);
                size += n;
                start += n;
            }
        } else {
            for (int i = start; i < end; i++) {
                write(text.charAt(i));
            }
        }
        return this;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Flushes; the writer underneath is the caller's to close. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private void drain() throws IOException {
        byte[] b = bytes;
        char[] chars = buffer;
        int n = 0;
        int i = 0;
        if (pending != 0 && size > 0) {
            if (Character.isLowSurrogate(chars[0])) {
                n = fourBytes(b, n, Character.toCodePoint(pending, chars[0]));
                i = 1;
            } else {
                b[n++] = '?';
            }
            pending = 0;
        }
        for (; i < size; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == size) {
                    pending = c; // its pair may come with the next characters
                } else if (Character.isLowSurrogate(chars[i + 1])) {
                    n = fourBytes(b, n, Character.toCodePoint(c, chars[++i]));
                } else {
                    b[n++] = '?';
                }
            } else {
                b[n++] = '?';
            }
        }
        size = 0;
        out.write(b, 0, n);
    }

    private static int fourBytes(byte[] b, int n, int codePoint) {
        b[n++] = (byte) (0xF0 | (codePoint >> 18));
        b[n++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        b[n++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        b[n++] = (byte) (0x80 | (codePoint & 0x3F));
        return n;
    }
}
