package org.claimscreen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Utf8Writer against the OutputStreamWriter it stands in for: the same bytes for the same calls. */
class Utf8WriterTest {

    /** ASCII, two- and three-byte characters, surrogate pairs, and surrogates without their pair. */
    private static final List<String> PIECES = List.of("a", "Z", "0", ",", "\n", "\u00a7", "\u00e9", "\u2014",
            "\u2028", "\uFFFD", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u0000", "\u007f", "\u0080", "\u07ff", "\u0800");

    @Test
    void writesWhatAnOutputStreamWriterWritesForAnyCallsAndAnyText() throws IOException {
        for (int capacity : new int[] {1, 2, 7, 64}) {
            Random random = new Random(capacity);
            ByteArrayOutputStream ours = new ByteArrayOutputStream();
            ByteArrayOutputStream theirs = new ByteArrayOutputStream();
            Writer utf8 = new Utf8Writer(ours, capacity);
            Writer jdk = new OutputStreamWriter(theirs, StandardCharsets.UTF_8);
            for (int i = 0; i < 20_000; i++) {
                String text = text(random);
                switch (random.nextInt(7)) {
                    case 0 -> {
                        utf8.write(text);
                        jdk.write(text);
                    }
                    case 1 -> {
                        utf8.append(new StringBuilder(text));
                        jdk.append(new StringBuilder(text));
                    }
                    case 2 -> {
                        utf8.write(text.toCharArray(), 0, text.length());
                        jdk.write(text.toCharArray(), 0, text.length());
                    }
                    case 3 -> {
                        utf8.append("x" + text + "y", 1, text.length() + 1);
                        jdk.append("x" + text + "y", 1, text.length() + 1);
                    }
                    case 4 -> {
                        for (char c : text.toCharArray()) {
                            utf8.write(c);
                            jdk.write(c);
                        }
                    }
                    case 5 -> {
                        utf8.append(null);
                        jdk.append(null);
                    }
                    default -> {
                        utf8.flush();
                        jdk.flush();
                    }
                }
            }
            utf8.write("end");
            jdk.write("end");
            utf8.flush();
            jdk.flush();
            assertThat(ours.toByteArray()).as("capacity %d", capacity).isEqualTo(theirs.toByteArray());
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }
}
