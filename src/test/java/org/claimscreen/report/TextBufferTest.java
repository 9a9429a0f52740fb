package org.claimscreen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextBufferTest {

    @Test
    void writesExactlyWhatItIsGivenInEveryWayAWriterIsCalled() throws IOException {
        // a small buffer, so that texts straddle it, and surrogate pairs are cut at its edge
        Random random = new Random(7);
        StringBuilder expected = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer encoder = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        try (Writer buffer = new TextBuffer(encoder, 7)) {
            for (int i = 0; i < 5_000; i++) {
                String text = text(random);
                switch (random.nextInt(7)) {
                    case 0 -> buffer.write(text);
                    case 1 -> buffer.append(text);
                    case 2 -> buffer.append(new StringBuilder(text));
                    case 3 -> buffer.write(text.toCharArray(), 0, text.length());
                    case 4 -> buffer.append("x" + text + "y", 1, text.length() + 1);
                    case 5 -> text.chars().forEach(c -> write(buffer, c));
                    default -> {
                        text = "";
                        buffer.append(null);
                        text = "null";
                    }
                }
                expected.append(text);
            }
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(20);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append("\uD83D\uDE00"); // one code point, two chars
                case 1 -> text.append('\u00e9');
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    private static void write(Writer writer, int c) {
        try {
            writer.write(c);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
