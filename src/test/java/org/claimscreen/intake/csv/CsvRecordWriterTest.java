package org.claimscreen.intake.csv;

import org.claimscreen.intake.csv.CsvRecordWriter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** CsvRecordWriter against the Commons CSV printer it stands in for: the same bytes, value for value. */
class CsvRecordWriterTest {

    /** Every character the quoting rule looks at, and some it does not. */
    private static final char[] ALPHABET = {
        'a', 'Z', '0', '9', ' ', '\t', '\r', '\n', '"', ',', '|', ';', '#', '!', '$', '\'', '=', '+', '-', '@',
        '\u0000', '\u001f', '\u00e9', '\u2028', '\uFEFF', '\\',
    };

    @Test
    void writesWhatCommonsCsvWritesForAnyValue() throws IOException {
        Random random = new Random(20261127);
        for (char delimiter : new char[] {',', '|', ';', '\t'}) {
            for (String separator : new String[] {"\r\n", "\n"}) {
                StringWriter ours = new StringWriter();
                StringWriter theirs = new StringWriter();
                CsvRecordWriter writer = new CsvRecordWriter(ours, delimiter, separator);
                CSVPrinter printer = new CSVPrinter(theirs,
                        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator(separator).get());
                for (int record = 0; record < 20_000; record++) {
                    List<String> values = new ArrayList<>();
                    int cells = 1 + random.nextInt(5);
                    for (int i = 0; i < cells; i++) {
                        values.add(value(random));
                    }
                    for (String value : values) {
                        writer.print(value);
                        printer.print(value);
                    }
                    writer.println();
                    printer.println();
                }
                printer.flush();
                assertThat(ours.toString()).isEqualTo(theirs.toString());
            }
        }
    }

    @Test
    void writesTheEdgeCasesAsCommonsCsvDoes() throws IOException {
        List<String> values = Arrays.asList(null, "", " ", "a ", " a", "#", "$", "\"", "a\"b", "a,b", "a\nb", "a\rb",
                "=1", "'=1", "\t", "x\t", "\u00e9", "a|b");
        StringWriter ours = new StringWriter();
        StringWriter theirs = new StringWriter();
        CsvRecordWriter writer = new CsvRecordWriter(ours, ',', "\r\n");
        CSVPrinter printer = new CSVPrinter(theirs, CSVFormat.DEFAULT);
        for (String first : values) {
            for (String second : values) {
                writer.print(first);
                writer.print(second);
                writer.println();
                printer.printRecord(first, second);
            }
        }
        writer.print((Integer) null);
        writer.print(42);
        writer.print(7L);
        writer.println();
        printer.printRecord(null, 42, 7L);
        printer.flush();
        assertThat(ours.toString()).isEqualTo(theirs.toString());
    }

    private static String value(Random random) {
        switch (random.nextInt(10)) {
            case 0:
                return null;
            case 1:
                return "";
            default:
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(6);
                for (int i = 0; i < length; i++) {
                    text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                }
                return text.toString();
        }
    }
}
