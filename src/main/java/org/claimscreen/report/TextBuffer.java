package org.claimscreen.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A character buffer in front of the UTF-8 encoder of a report file. The report writers (Commons
 * CSV above all) write a few characters at a time; unbuffered, every one of those calls goes through
 * the encoder, and {@code Writer.append(CharSequence, int, int)} copies a substring first. Unlike
 * {@link java.io.BufferedWriter} it takes no lock: one thread writes a report.
 */
final class TextBuffer extends Writer {

    private final Writer out;
    private final char[] buffer;
    private int size;

    TextBuffer(Writer out, int capacity) {
        this.out = out;
        this.buffer = new char[capacity];
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
            if (length > buffer.length) {
                out.write(chars, offset, length);
                return;
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
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
    }
}
