package org.claimscreen.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import org.claimscreen.run.measure.Measurements;

/**
 * The floor of the 837P benchmark (issue 17): StAEDI reading an X12 file once, every event pulled and
 * the text of every element taken as a String, doing nothing with it, in a JVM of its own (the
 * benchmark times the whole process, start-up included), as {@link CsvParseFloor} is for CSV. The
 * factory is set as claimscreen's reader sets it (envelope structure checked, code values not,
 * extraneous characters such as the line breaks after each ~ ignored), so what this costs is what
 * one of the reader's passes costs StAEDI. The characters are summed and printed so the JIT cannot
 * skip the work. Counts CLM segments as claims.
 */
public final class X12ParseFloor {

    private X12ParseFloor() {
    }

    public static void main(String[] args) throws Exception {
        Measurements.printAtExitWhenAsked();
        Path file = Path.of(args[0]);
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        long segments = 0;
        long elements = 0;
        long claims = 0;
        long characters = 0;
        long errors = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                EDIStreamReader reader = factory.createEDIStreamReader(in)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        segments++;
                        String tag = reader.getText();
                        characters += tag.length();
                        if (tag.equals("CLM") && claims++ == 0) {
                            Measurements.claimRead();
                        }
                    }
                    case ELEMENT_DATA -> {
                        characters += reader.getText().length();
                        elements++;
                    }
                    case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR, SEGMENT_ERROR -> errors++;
                    default -> {
                        // envelope, loop and composite events: pulled, nothing to take
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "x12 floor: %d segments, %d claims, %d elements, %d characters, %d errors%n",
                segments, claims, elements, characters, errors);
    }
}
