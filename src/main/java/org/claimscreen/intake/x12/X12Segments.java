package org.claimscreen.intake.x12;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;

/**
 * An X12 file read segment by segment with StAEDI's streaming reader: one segment in memory at a
 * time, whatever the size of the file. StAEDI checks the envelopes (ISA/IEA, GS/GE, ST/SE: control
 * numbers and the SE01, GE01, IEA01 counts) against its own X12 control schema; an error it reports
 * is carried by the segment it is in ({@link X12Segment#error()}).
 *
 * <p>A syntax error StAEDI cannot read past (a segment tag that is no tag, a file that ends inside
 * a segment) ends the file: {@link #next()} throws {@link Broken} with the position, and every later
 * call returns null. No implementation schema is given for the 837P body: its structure (the HL
 * hierarchy, the loops claimscreen reads) is checked by {@link X12ClaimFile} in code.
 *
 * <p>Not thread-safe; close it.
 */
final class X12Segments implements AutoCloseable {

    /** The file cannot be read past segment {@code number} (the one StAEDI was in or about to start). */
    static final class Broken extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long number;
        private final String tag;

        Broken(long number, String tag, String reason) {
            super(reason);
            this.number = number;
            this.tag = tag;
        }

        long number() {
            return number;
        }

        String tag() {
            return tag;
        }
    }

    private static final EDIInputFactory FACTORY = newFactory();

    private final Counting in;
    private final EDIStreamReader reader;
    private long number;
    private String lastTag = "";
    private boolean ended;

    private X12Segments(Counting in, EDIStreamReader reader) {
        this.in = in;
        this.reader = reader;
    }

    private static EDIInputFactory newFactory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        // the ISA/GS code lists change over the years; a new qualifier must not reject a whole file
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        return factory;
    }

    static X12Segments open(Path file) throws IOException {
        Counting in = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        try {
            return new X12Segments(in, FACTORY.createEDIStreamReader(in));
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Bytes StAEDI has taken from the file so far. */
    long bytesRead() {
        return in.count;
    }

    /**
     * The next segment, or null at the end of the file (or after {@link Broken}).
     *
     * @throws Broken when the rest of the file cannot be read
     */
    X12Segment next() {
        if (ended) {
            return null;
        }
        try {
            String tag = null;
            String error = null;
            List<List<List<String>>> elements = null;
            List<List<String>> repeats = null;
            List<String> composite = null;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements = new ArrayList<>();
                        number++;
                        lastTag = tag;
                    }
                    case START_COMPOSITE -> {
                        repeats = occurrence(elements, reader.getLocation().getElementPosition(),
                                reader.getLocation().getElementOccurrence());
                        composite = new ArrayList<>();
                        repeats.add(composite);
                    }
                    case END_COMPOSITE -> composite = null;
                    case ELEMENT_DATA -> {
                        if (elements == null) {
                            break; // data outside a segment cannot happen; ignore rather than fail
                        }
                        String text = reader.getText();
                        if (composite != null) {
                            int component = reader.getLocation().getComponentPosition();
                            while (composite.size() < component - 1) {
                                composite.add("");
                            }
                            composite.add(text);
                        } else {
                            repeats = occurrence(elements, reader.getLocation().getElementPosition(),
                                    reader.getLocation().getElementOccurrence());
                            repeats.add(new ArrayList<>(List.of(text)));
                        }
                    }
                    case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR, SEGMENT_ERROR -> {
                        if (error == null) {
                            error = describe(reader.getErrorType(), reader.getLocation().getSegmentTag(),
                                    reader.getLocation().getElementPosition(), reader.hasText() ? reader.getText() : null);
                        }
                    }
                    case END_SEGMENT -> {
                        return new X12Segment(number, tag, elements, error);
                    }
                    default -> {
                        // interchange, group, transaction and loop events: the segments say as much
                    }
                }
            }
            ended = true;
            if (error != null) {
                // an error after the last segment (a missing IEA): the end of the file is the place
                throw new Broken(number + 1, "", error);
            }
            return null;
        } catch (EDIStreamException | RuntimeException e) {
            if (e instanceof Broken broken) {
                throw broken;
            }
            ended = true;
            throw new Broken(number + 1, lastTag, number == 0 ? message(e)
                    : "cannot be read past segment " + number + " (" + lastTag + "): " + message(e));
        }
    }

    private static List<List<String>> occurrence(List<List<List<String>>> elements, int position, int occurrence) {
        while (elements.size() < position) {
            elements.add(new ArrayList<>());
        }
        List<List<String>> repeats = elements.get(position - 1);
        while (repeats.size() < occurrence - 1) {
            repeats.add(new ArrayList<>(List.of("")));
        }
        return repeats;
    }

    private static String describe(EDIStreamValidationError type, String tag, int element, String text) {
        String at = (tag == null ? "" : tag) + (element > 0 ? String.format("%02d", element) : "");
        String value = text == null ? "" : " '" + text + "'";
        return switch (type) {
            case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> at + value + " does not match the actual count"
                    + (tag != null && tag.equals("SE") ? " of segments in the transaction"
                            : tag != null && tag.equals("GE") ? " of transactions in the group" : " of groups in the interchange");
            case CONTROL_REFERENCE_MISMATCH -> at + value + " does not match the control number of its header"
                    + " (ST02, GS06 or ISA13)";
            default -> at + value + ": " + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    private static String message(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // closing a file that was only read: nothing to lose
        }
    }

    private static final class Counting extends FilterInputStream {

        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
