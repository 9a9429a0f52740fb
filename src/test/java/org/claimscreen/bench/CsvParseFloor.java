package org.claimscreen.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.claimscreen.run.measure.Measurements;

/**
 * The floor of the CSV benchmark: Commons CSV reading every cell of a claim file and doing nothing
 * with it, in a JVM of its own (the benchmark times the whole process, start-up included). Nothing
 * that reads the file as CSV can be faster in Java; claimscreen's goal is to stay within 2x of it.
 * Touches every cell (their lengths are summed and printed) so the JIT cannot skip the work.
 */
public final class CsvParseFloor {

    private CsvParseFloor() {
    }

    public static void main(String[] args) throws IOException {
        Measurements.printAtExitWhenAsked();
        Path file = Path.of(args[0]);
        long records = 0;
        long cells = 0;
        long characters = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                if (records == 0) {
                    Measurements.claimRead();
                }
                records++;
                for (int i = 0; i < record.size(); i++) {
                    characters += record.get(i).length();
                    cells++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "floor: %d records, %d cells, %d characters%n", records, cells, characters);
    }
}
