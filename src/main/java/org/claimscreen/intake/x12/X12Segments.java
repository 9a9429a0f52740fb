package org.claimscreen.intake.x12;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
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
 * call returns null. In {@link Mode#VALIDATED} each 837P transaction is also checked against
 * claimscreen's 837 schema ({@link #SCHEMA_RESOURCE}: loops, segment order and use, element types
 * and lengths); what it finds is carried by the segment ({@link X12Segment#schemaError()},
 * {@link X12Segment#missing()}). The HL levels and what screening needs are {@link X12ClaimFile}'s.
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

    /** The 837 professional schema (837-005010X222.xml beside this class), loaded once. */
    private static final class Professional {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try (InputStream in = X12Segments.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the 837P schema " + SCHEMA_RESOURCE + " is not on the class path");
                }
                return SchemaFactory.newFactory().createSchema(in);
            } catch (IOException | EDISchemaException e) {
                throw new IllegalStateException("the 837P schema " + SCHEMA_RESOURCE + " cannot be read: " + e.getMessage(), e);
            }
        }
    }

    static final String SCHEMA_RESOURCE = "837-005010X222.xml";

    /** The control schema's own findings (SE01, SE02 inside a transaction): the envelope pass's, never the 837P schema's. */
    private static final java.util.Set<EDIStreamValidationError> CONTROL = java.util.EnumSet.of(
            EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT,
            EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH);

    /** What {@link #next()} takes of each segment. */
    enum Mode {
        /** tag, number and envelope errors only ({@link X12Segment#elements()} empty): the envelope pass */
        TAGS,
        /** and the elements */
        ELEMENTS,
        /** and each 837P transaction checked against the 837P schema ({@link X12Segment#schemaError()}) */
        VALIDATED
    }

    private final Counting in;
    private final EDIStreamReader reader;
    private final boolean tagsOnly;
    private final boolean validated;
    private String gs08 = "";
    private boolean validating;
    private long number;
    private String lastTag = "";
    private boolean ended;

    private X12Segments(Counting in, EDIStreamReader reader, Mode mode) {
        this.in = in;
        this.reader = reader;
        this.tagsOnly = mode == Mode.TAGS;
        this.validated = mode == Mode.VALIDATED;
    }

    private static EDIInputFactory newFactory() {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        // the ISA/GS code lists change over the years; a new qualifier must not reject a whole file
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, false);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        return factory;
    }

    /** The segments with their elements, unchecked beyond the envelopes. */
    static X12Segments open(Path file) throws IOException {
        return open(file, Mode.ELEMENTS);
    }

    /**
     * {@link Mode#TAGS}: the segments' tags, numbers and envelope errors only, their elements not
     * taken (all the envelope pass needs; it spares a string and a list per element).
     * {@link Mode#VALIDATED}: each transaction whose ST03 (or, without one, GS08) starts
     * {@code 005010X222} is checked against the 837P schema; other transactions are not.
     */
    static X12Segments open(Path file, Mode mode) throws IOException {
        Counting in = new Counting(Files.newInputStream(file));
        try {
            return new X12Segments(in, FACTORY.createEDIStreamReader(in), mode);
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
            X12Segment.SchemaError schemaError = null;
            X12Segment.SchemaError missing = null;
            List<List<List<String>>> elements = null;
            List<List<String>> repeats = null;
            List<String> composite = null;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        tag = reader.getText();
                        elements = tagsOnly ? null : new ArrayList<>();
                        number++;
                        lastTag = tag;
                        if (validating && tag.equals("SE")) {
                            // SE's own errors (SE01, SE02) are the control schema's, read by the envelope pass
                            validating = false;
                        }
                    }
                    case START_COMPOSITE -> {
                        if (elements == null) {
                            break;
                        }
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
                        EDIStreamValidationError type = reader.getErrorType();
                        if (validating && !CONTROL.contains(type)) {
                            if (event == EDIStreamEvent.SEGMENT_ERROR && type == EDIStreamValidationError.MANDATORY_SEGMENT_MISSING) {
                                // told before the segment that ends the loop missing it: the loop before is at fault
                                if (missing == null) {
                                    missing = schemaError(type, reader.getText(), 0, 0, null);
                                }
                            } else if (schemaError == null) {
                                schemaError = event == EDIStreamEvent.SEGMENT_ERROR
                                        ? schemaError(type, reader.getLocation().getSegmentTag(), 0, 0, null)
                                        : schemaError(type, reader.getLocation().getSegmentTag(),
                                                reader.getLocation().getElementPosition(),
                                                reader.getLocation().getComponentPosition(),
                                                reader.hasText() ? reader.getText() : null);
                            }
                        } else if (error == null) {
                            error = describe(type, reader.getLocation().getSegmentTag(),
                                    reader.getLocation().getElementPosition(), reader.hasText() ? reader.getText() : null);
                        }
                    }
                    case END_SEGMENT -> {
                        X12Segment segment = new X12Segment(number, tag, elements == null ? List.of() : elements, error,
                                schemaError, missing);
                        if (validated) {
                            envelope(segment);
                        }
                        return segment;
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

    /** At a GS, its GS08; at the end of an ST, the schema its transaction is checked against (or none). */
    private void envelope(X12Segment segment) {
        if (segment.tag().equals("GS")) {
            gs08 = segment.value(8);
        } else if (segment.tag().equals("ST")) {
            String guide = segment.value(3).isEmpty() ? gs08 : segment.value(3);
            validating = segment.value(1).equals("837") && guide.startsWith("005010X222");
            // the reader keeps a transaction schema for the transactions after: set it (or none) at every ST
            reader.setTransactionSchema(validating ? Professional.SCHEMA : null);
        }
    }

    /**
     * A schema error in words: what is wrong, with the element (and component) it is in. The value
     * is never quoted: it may be a member id, a name or a birth date, which go into no reject.
     */
    private static X12Segment.SchemaError schemaError(EDIStreamValidationError type, String tag, int element,
            int component, String text) {
        String name = tag == null ? "" : tag;
        String column = element > 0 ? name + String.format("%02d", element)
                + (component > 0 ? "-" + component : "") : null;
        String length = text == null ? "" : " (" + text.length() + " characters)";
        String reason = switch (type) {
            case UNEXPECTED_SEGMENT, SEGMENT_NOT_IN_PROPER_SEQUENCE -> "segment " + name
                    + " is not expected here: out of order, or in a loop that does not take it";
            case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET, UNRECOGNIZED_SEGMENT_ID -> "segment " + name
                    + " is not a segment of the 837P";
            case SEGMENT_EXCEEDS_MAXIMUM_USE -> "segment " + name + " repeats more often than its loop allows";
            case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "the loop " + name + " starts repeats more often than allowed";
            case MANDATORY_SEGMENT_MISSING -> "required segment " + name + " is missing";
            case REQUIRED_DATA_ELEMENT_MISSING -> column + " is required and missing";
            case DATA_ELEMENT_TOO_LONG -> column + " is longer than the element allows" + length;
            case DATA_ELEMENT_TOO_SHORT -> column + " is shorter than the element allows" + length;
            case INVALID_CHARACTER_DATA -> column + " has characters its type does not allow";
            case INVALID_DATE -> column + " is not a date (CCYYMMDD)";
            case INVALID_TIME -> column + " is not a time (HHMM, HHMMSS)";
            case TOO_MANY_DATA_ELEMENTS -> name + " has more elements than the segment defines";
            case TOO_MANY_COMPONENTS -> column + " has more components than the element defines";
            case TOO_MANY_REPETITIONS -> column + " repeats more often than allowed";
            default -> (column == null ? name : column) + ": "
                    + type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
        return new X12Segment.SchemaError(column == null ? name : column, reason + " (837P schema)");
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

    /**
     * The file, buffered without the locks of {@code BufferedInputStream} (StAEDI 1.25.3's lexer
     * reads one byte per call), counting the bytes taken. Supports the one mark StAEDI sets to peek
     * at the ISA.
     */
    private static final class Counting extends InputStream {

        private final InputStream in;
        private byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private int mark = -1;
        private int markLimit;
        private long before; // bytes of the file before buffer[0]
        private long count;

        Counting(InputStream in) {
            this.in = in;
        }

        private boolean fill() throws IOException {
            if (mark >= 0 && position - mark < markLimit) {
                // keep the marked bytes: move them to the front (and grow the buffer if the mark needs it)
                int kept = limit - mark;
                byte[] into = kept + markLimit > buffer.length ? new byte[kept + Math.max(markLimit, 1 << 16)] : buffer;
                System.arraycopy(buffer, mark, into, 0, kept);
                buffer = into;
                before += mark;
                position -= mark;
                limit = kept;
                mark = 0;
            } else {
                mark = -1;
                before += limit;
                position = 0;
                limit = 0;
            }
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n <= 0) {
                return false;
            }
            limit += n;
            return true;
        }

        @Override
        public int read() throws IOException {
            if (position >= limit && !fill()) {
                return -1;
            }
            count = before + position + 1;
            return buffer[position++] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= limit && !fill()) {
                return -1;
            }
            int n = Math.min(length, limit - position);
            System.arraycopy(buffer, position, into, offset, n);
            position += n;
            count = before + position;
            return n;
        }

        @Override
        public boolean markSupported() {
            return true;
        }

        @Override
        public void mark(int readLimit) {
            mark = position;
            markLimit = readLimit;
        }

        @Override
        public void reset() throws IOException {
            if (mark < 0) {
                throw new IOException("no mark");
            }
            position = mark;
            count = before + position;
        }

        @Override
        public int available() throws IOException {
            return limit - position + in.available();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
