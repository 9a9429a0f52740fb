package org.claimscreen.intake.x12;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first of a file's two passes: which transactions its envelopes break. StAEDI finds a wrong
 * SE01 only at the SE, after the claims of the transaction; a group's GE01 or an interchange's IEA01
 * only at its end. The claims of a broken transaction must not be screened, and holding a whole
 * transaction's claims until its SE would not be bounded memory, so the file is read once for its
 * envelopes (a few numbers per break), then again for its claims.
 */
final class X12Envelopes {

    /**
     * Transactions {@code fromTransaction..toTransaction} (1-based, counted over the file) are
     * broken by what was found at segment {@code number} ({@code tag}).
     */
    record Break(long fromTransaction, long toTransaction, long number, String tag, String reason) {

        boolean covers(long transaction) {
            return transaction >= fromTransaction && transaction <= toTransaction;
        }

        String describe() {
            return "segment " + number + (tag.isEmpty() ? "" : " " + tag) + ": " + reason;
        }
    }

    private X12Envelopes() {
    }

    /** The breaks of the file in file order; a syntax error that ends the file breaks the transaction it is in. */
    static List<Break> scan(Path file) throws IOException {
        List<Break> breaks = new ArrayList<>();
        long transaction = 0;
        long groupFirst = 1;
        long interchangeFirst = 1;
        boolean inTransaction = false;
        long last = 0;
        int openInterchange = -1;
        int openGroup = -1;
        try (X12Segments segments = X12Segments.open(file, X12Segments.Mode.TAGS)) {
            while (true) {
                X12Segment segment;
                try {
                    segment = segments.next();
                } catch (X12Segments.Broken broken) {
                    long from = inTransaction ? transaction : transaction + 1;
                    breaks.add(new Break(from, Long.MAX_VALUE, broken.number(), broken.tag(), broken.getMessage()));
                    break;
                }
                if (segment == null) {
                    if (inTransaction) {
                        breaks.add(new Break(transaction, transaction, last, "SE",
                                "the file ends inside transaction " + transaction + " (no SE)"));
                    }
                    break;
                }
                last = segment.number();
                switch (segment.tag()) {
                    case "ISA" -> {
                        interchangeFirst = transaction + 1;
                        openInterchange = -1;
                    }
                    case "GS" -> {
                        groupFirst = transaction + 1;
                        openGroup = -1;
                    }
                    case "GE" -> openGroup = close(breaks, openGroup, transaction);
                    case "IEA" -> openInterchange = close(breaks, openInterchange, transaction);
                    case "ST" -> {
                        transaction++;
                        inTransaction = true;
                    }
                    case "SE" -> inTransaction = false;
                    default -> {
                        // the body: its structure is the claim reader's to check
                    }
                }
                if (segment.error() != null) {
                    long from;
                    long to;
                    switch (segment.tag()) {
                        case "ISA", "IEA" -> {
                            from = interchangeFirst;
                            to = segment.tag().equals("ISA") ? Long.MAX_VALUE : transaction;
                        }
                        case "GS", "GE" -> {
                            from = groupFirst;
                            to = segment.tag().equals("GS") ? Long.MAX_VALUE : transaction;
                        }
                        default -> {
                            from = transaction;
                            to = transaction;
                        }
                    }
                    breaks.add(new Break(from, to, segment.number(), segment.tag(), segment.error()));
                    if (segment.tag().equals("ISA")) {
                        openInterchange = breaks.size() - 1;
                    } else if (segment.tag().equals("GS")) {
                        openGroup = breaks.size() - 1;
                    }
                }
            }
        }
        return breaks;
    }

    /** An ISA or GS error is known at its start: it breaks up to the end of its envelope, found at IEA / GE. */
    private static int close(List<Break> breaks, int open, long transaction) {
        if (open >= 0) {
            Break b = breaks.get(open);
            breaks.set(open, new Break(b.fromTransaction(), transaction, b.number(), b.tag(), b.reason()));
        }
        return -1;
    }
}
