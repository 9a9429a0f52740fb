package org.claimscreen.intake.x12;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.claimscreen.domain.screening.Verdicts;
import org.claimscreen.intake.AtomicFile;
import org.claimscreen.intake.ClaimSplitter;
import org.claimscreen.intake.Sha256;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;

/**
 * Splits an 837P input into clean and held 837P files of the same name, each a valid interchange
 * holding only its claims, so the clean file can go straight to the clearinghouse.
 *
 * <p>The input is walked segment by segment beside the {@link Verdicts} (asked at each CLM
 * segment's position, in file order); one claim's segments are held at a time, with the HL chain
 * above it. An output writes an envelope, a transaction header (BHT, submitter, receiver) and an HL
 * level only once a claim under it goes there, so levels left without claims are dropped. What is
 * made right after claims are removed: HL01 is renumbered from 1 in each transaction and HL02 points
 * at the new number of its parent; SE01 counts the segments written, GE01 the transactions, IEA01
 * the groups. Kept from the input: ISA13, GS06 and ST02 control numbers and every other element.
 * HL04 (has child levels) is kept as read: a subscriber level written for a patient-level claim has
 * children in the output too.
 *
 * <p>An output that gets no claim is one empty interchange (the input's first ISA, IEA01 = 0).
 * Claims without a verdict (rejected, not screened, past a break) go to neither file; after a
 * syntax error the reader cannot read past, each output's open envelopes are closed there.
 */
final class X12ClaimSplitter implements ClaimSplitter {

    private static final EDIOutputFactory FACTORY = newFactory();

    /**
     * StAEDI warns at each interchange written without a control schema. One is not set on purpose:
     * its writer also checks envelope code values (ISA qualifiers), which the reader leaves unchecked
     * so that a new qualifier does not reject a file, and a split must not fail on an input that was
     * screened. The counts and numbers it would check are computed here, and the tests re-read every
     * output with the reader, which checks them. Held in a field: the JDK keeps loggers weakly.
     */
    private static final Logger STAEDI_WRITER_LOG = quietWriterLog();

    private static Logger quietWriterLog() {
        Logger log = Logger.getLogger("io.xlate.edi.internal.stream.StaEDIStreamWriter");
        log.setLevel(Level.SEVERE);
        return log;
    }

    private static EDIOutputFactory newFactory() {
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
        return factory;
    }

    @Override
    public Split split(Path input, String sha256, Verdicts verdicts, Path cleanFolder, Path heldFolder)
            throws IOException {
        if (sha256 != null && !Sha256.of(input).equals(sha256)) {
            throw new ChangedInputException(input);
        }
        String name = input.getFileName().toString();
        long[] counts = new long[3];
        AtomicFile.writeBytes(cleanFolder.resolve(name), clean -> AtomicFile.writeBytes(heldFolder.resolve(name), held -> {
            counts[0] = 0;
            counts[1] = 0;
            counts[2] = 0;
            Output cleanOut = new Output(clean);
            Output heldOut = new Output(held);
            walk(input, verdicts, cleanOut, heldOut, counts);
        }));
        return new Split(counts[0], counts[1], counts[2]);
    }

    private static void walk(Path input, Verdicts verdicts, Output clean, Output held, long[] counts)
            throws IOException {
        Output[] outputs = {clean, held};
        List<X12Segment> claim = null;
        try (X12Segments segments = X12Segments.open(input)) {
            while (true) {
                X12Segment s;
                try {
                    s = segments.next();
                } catch (X12Segments.Broken broken) {
                    s = null;
                }
                boolean endsClaim = s == null || switch (s.tag()) {
                    case "CLM", "HL", "SE", "GE", "IEA", "ISA", "GS", "ST" -> true;
                    default -> false;
                };
                if (claim != null && endsClaim) {
                    X12Segment clm = claim.get(0);
                    String status = verdicts.at(clm.number(), clm.value(1));
                    if ("CLEAN".equals(status)) {
                        clean.claim(claim);
                        counts[0]++;
                    } else if ("HELD".equals(status)) {
                        held.claim(claim);
                        counts[1]++;
                    } else {
                        counts[2]++;
                    }
                    claim = null;
                }
                if (s == null) {
                    break;
                }
                switch (s.tag()) {
                    case "CLM" -> {
                        claim = new ArrayList<>();
                        claim.add(s);
                    }
                    case "ISA", "GS", "ST", "SE", "GE", "IEA", "HL" -> {
                        for (Output output : outputs) {
                            output.envelope(s);
                        }
                    }
                    default -> {
                        if (claim != null) {
                            claim.add(s);
                        } else {
                            for (Output output : outputs) {
                                output.header(s);
                            }
                        }
                    }
                }
            }
            for (Output output : outputs) {
                output.finish();
            }
        } catch (EDIStreamException e) {
            throw new IOException(input.getFileName() + ": cannot write its 837P split: " + e.getMessage(), e);
        }
    }

    /** One output file: what is pending above the next claim, and what has been written. */
    private static final class Output {

        private final OutputStream out;
        /** One per interchange: StAEDI's writer keeps the delimiters of the last ISA, and refuses the next ISA11. */
        private EDIStreamWriter writer;
        private X12Segment firstIsa;
        private X12Segment isa;
        private X12Segment gs;
        private X12Segment st;
        private final List<X12Segment> transactionHeader = new ArrayList<>();
        /** The HL chain above the next claim: billing provider, subscriber, patient blocks; each written or not. */
        private final List<List<X12Segment>> levels = new ArrayList<>();
        private final List<Boolean> levelWritten = new ArrayList<>();
        private final Map<String, String> hlIds = new HashMap<>();
        private boolean interchangeOpen;
        private boolean groupOpen;
        private boolean transactionOpen;
        private int groups;
        private int transactions;
        private int segmentsInTransaction;
        private int hlCounter;
        private boolean wroteAnything;

        Output(OutputStream out) {
            this.out = out;
        }

        void envelope(X12Segment s) throws EDIStreamException {
            switch (s.tag()) {
                case "ISA" -> {
                    closeInterchange();
                    isa = s;
                    if (firstIsa == null) {
                        firstIsa = s;
                    }
                }
                case "GS" -> {
                    closeGroup();
                    gs = s;
                }
                case "ST" -> {
                    closeTransaction();
                    st = s;
                    transactionHeader.clear();
                    levels.clear();
                    levelWritten.clear();
                    hlIds.clear();
                    hlCounter = 0;
                }
                case "SE" -> closeTransaction();
                case "GE" -> closeGroup();
                case "IEA" -> closeInterchange();
                case "HL" -> {
                    int depth = switch (s.value(3)) {
                        case "20" -> 0;
                        case "22" -> 1;
                        default -> 2;
                    };
                    while (levels.size() > depth) {
                        levels.remove(levels.size() - 1);
                        levelWritten.remove(levelWritten.size() - 1);
                    }
                    List<X12Segment> block = new ArrayList<>();
                    block.add(s);
                    levels.add(block);
                    levelWritten.add(false);
                }
                default -> throw new IllegalArgumentException(s.tag());
            }
        }

        /** A segment outside any claim: the transaction header before the first HL, else part of the current level. */
        void header(X12Segment s) {
            if (st == null) {
                return;
            }
            if (levels.isEmpty()) {
                transactionHeader.add(s);
            } else {
                levels.get(levels.size() - 1).add(s);
            }
        }

        void claim(List<X12Segment> claim) throws EDIStreamException {
            if (!interchangeOpen) {
                startInterchange();
                write(isa);
                interchangeOpen = true;
                groups = 0;
            }
            if (!groupOpen) {
                write(gs);
                groupOpen = true;
                transactions = 0;
            }
            if (!transactionOpen) {
                segmentsInTransaction = 0;
                writeCounted(st);
                for (X12Segment s : transactionHeader) {
                    writeCounted(s);
                }
                transactionOpen = true;
            }
            for (int i = 0; i < levels.size(); i++) {
                if (!levelWritten.get(i)) {
                    List<X12Segment> block = levels.get(i);
                    writeHl(block.get(0));
                    for (int j = 1; j < block.size(); j++) {
                        writeCounted(block.get(j));
                    }
                    levelWritten.set(i, true);
                }
            }
            for (X12Segment s : claim) {
                writeCounted(s);
            }
            wroteAnything = true;
        }

        private void writeHl(X12Segment hl) throws EDIStreamException {
            String id = Integer.toString(++hlCounter);
            hlIds.put(hl.value(1), id);
            String parent = hl.value(2).isEmpty() ? "" : hlIds.getOrDefault(hl.value(2), "");
            writer.writeStartSegment("HL");
            writer.writeElement(id);
            if (parent.isEmpty()) {
                writer.writeEmptyElement();
            } else {
                writer.writeElement(parent);
            }
            writer.writeElement(hl.value(3));
            if (!hl.value(4).isEmpty()) {
                writer.writeElement(hl.value(4));
            }
            writer.writeEndSegment();
            segmentsInTransaction++;
        }

        private void closeTransaction() throws EDIStreamException {
            if (transactionOpen) {
                segmentsInTransaction++;
                writer.writeStartSegment("SE");
                writer.writeElement(Integer.toString(segmentsInTransaction));
                writer.writeElement(st.value(2));
                writer.writeEndSegment();
                transactionOpen = false;
                transactions++;
            }
        }

        private void closeGroup() throws EDIStreamException {
            closeTransaction();
            if (groupOpen) {
                writer.writeStartSegment("GE");
                writer.writeElement(Integer.toString(transactions));
                writer.writeElement(gs.value(6));
                writer.writeEndSegment();
                groupOpen = false;
                groups++;
            }
        }

        private void closeInterchange() throws EDIStreamException {
            closeGroup();
            if (interchangeOpen) {
                writeIea(groups, isa);
                interchangeOpen = false;
            }
        }

        void finish() throws EDIStreamException {
            closeInterchange();
            if (!wroteAnything && firstIsa != null) {
                startInterchange();
                write(firstIsa);
                writeIea(0, firstIsa);
            }
        }

        private void startInterchange() throws EDIStreamException {
            writer = FACTORY.createEDIStreamWriter(out);
            writer.startInterchange();
        }

        private void writeIea(int groupCount, X12Segment header) throws EDIStreamException {
            writer.writeStartSegment("IEA");
            writer.writeElement(Integer.toString(groupCount));
            writer.writeElement(header.value(13));
            writer.writeEndSegment();
            writer.endInterchange();
            writer.flush(); // not closed: that would close the file, which AtomicFile closes
            writer = null;
        }

        private void writeCounted(X12Segment s) throws EDIStreamException {
            write(s);
            segmentsInTransaction++;
        }

        private void write(X12Segment s) throws EDIStreamException {
            writer.writeStartSegment(s.tag());
            for (List<List<String>> repeats : s.elements()) {
                if (repeats.isEmpty()) {
                    writer.writeEmptyElement();
                    continue;
                }
                writer.writeStartElement();
                for (int r = 0; r < repeats.size(); r++) {
                    if (r > 0) {
                        writer.writeRepeatElement();
                    }
                    List<String> components = repeats.get(r);
                    if (components.size() == 1) {
                        writer.writeElementData(components.get(0));
                    } else {
                        for (String component : components) {
                            if (component.isEmpty()) {
                                writer.writeEmptyComponent();
                            } else {
                                writer.writeComponent(component);
                            }
                        }
                    }
                }
                writer.endElement();
            }
            writer.writeEndSegment();
        }
    }
}
