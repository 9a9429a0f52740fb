package org.claimscreen.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    private static String written(CopyText text) {
        return new String(Arrays.copyOf(text.bytes(), text.size()), StandardCharsets.UTF_8);
    }

    @Test
    void separatesFieldsWithTabsAndEndsRowsWithNewlines() {
        CopyText text = new CopyText(0);
        text.bigint(7).text("a").integerOrNull(null).date(LocalDate.of(2026, 3, 2));
        text.endRow();
        text.text("b").integer(-12);
        text.endRow();

        assertThat(written(text)).isEqualTo("7\ta\t\\N\t2026-03-02\nb\t-12\n");
    }

    @Test
    void escapesWhatTheTextFormatReadsSpeciallyAndNothingElse() {
        CopyText text = new CopyText(0);
        text.text("tab\there").text("line\nbreak\r\n").text("back\\slash").text("\\N").text("\\.")
                .text("").text(null).text("\"quoted\" 'single', comma; \u0008\u000b\f");
        text.endRow();

        assertThat(written(text)).isEqualTo("tab\\there\tline\\nbreak\\r\\n\tback\\\\slash\t\\\\N\t\\\\.\t\t\\N\t"
                + "\"quoted\" 'single', comma; \u0008\u000b\f\n");
    }

    @Test
    void encodesTextAsUtf8LikeStringGetBytes() {
        String text = "Müller — 日本語 😀 café ß \u0080 \u07ff \u0800 \uffff";
        CopyText copy = new CopyText(1);
        copy.text(text);

        assertThat(Arrays.copyOf(copy.bytes(), copy.size())).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesAnyCharsAsStringGetBytesWouldAfterEscaping() {
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            char[] chars = new char[random.nextInt(40)];
            for (int i = 0; i < chars.length; i++) {
                // mostly awkward ones: controls, ASCII, Latin, surrogates (paired or not), the rest of the BMP
                chars[i] = switch (random.nextInt(5)) {
                    case 0 -> (char) random.nextInt(0x20);
                    case 1 -> (char) (0x20 + random.nextInt(0x60));
                    case 2 -> (char) (0x80 + random.nextInt(0x780));
                    case 3 -> (char) (0xD800 + random.nextInt(0x800));
                    default -> (char) random.nextInt(0x10000);
                };
            }
            String value = new String(chars);
            CopyText copy = new CopyText(1);
            copy.text(value);

            String escaped = value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
            assertThat(Arrays.copyOf(copy.bytes(), copy.size())).as("round %d", round)
                    .isEqualTo(escaped.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void writesNumbersAsDecimalText() {
        CopyText text = new CopyText(0);
        text.bigint(0).bigint(9).bigint(10).bigint(-1).bigint(Long.MAX_VALUE).bigint(Long.MIN_VALUE)
                .integer(Integer.MIN_VALUE).integerOrNull(1234567);

        assertThat(written(text)).isEqualTo("0\t9\t10\t-1\t9223372036854775807\t-9223372036854775808\t-2147483648\t1234567");
    }

    @Test
    void writesDatesAsPgjdbcSendsThem() {
        CopyText text = new CopyText(0);
        text.date(LocalDate.of(2026, 11, 27)).date(LocalDate.of(7, 1, 9)).date(LocalDate.of(12345, 12, 31))
                .date(LocalDate.of(0, 1, 1)).date(LocalDate.of(-43, 3, 15)).date(null);

        assertThat(written(text)).isEqualTo("2026-11-27\t0007-01-09\t12345-12-31\t0001-01-01 BC\t0044-03-15 BC\t\\N");
    }

    @Test
    void growsPastItsFirstCapacity() {
        CopyText text = new CopyText(1);
        String long1 = "é".repeat(10_000);
        text.text(long1).text("x");
        text.endRow();

        assertThat(written(text)).isEqualTo(long1 + "\tx\n");
    }
}
