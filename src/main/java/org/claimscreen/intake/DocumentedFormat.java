package org.claimscreen.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.Documentation;
import org.claimscreen.intake.x12.X12Transaction;

/**
 * A format whose claims take what their input leaves open from the run's documentation on file
 * ({@link Documentation#fill}): the one place every format's records pass through on their way
 * into a run, so the rule is the same for CSV, FHIR and 837P alike.
 */
final class DocumentedFormat implements ClaimFormat {

    private final ClaimFormat format;
    private final Documentation documentation;

    DocumentedFormat(ClaimFormat format, Documentation documentation) {
        this.format = format;
        this.documentation = documentation;
    }

    @Override
    public String name() {
        return format.name();
    }

    @Override
    public boolean takesName(String lowerCaseName) {
        return format.takesName(lowerCaseName);
    }

    @Override
    public String whyNotClaims(Path file) {
        return format.whyNotClaims(file);
    }

    @Override
    public ClaimReader open(Path file) throws IOException {
        return new Reader(format.open(file), documentation);
    }

    @Override
    public ClaimSplitter splitter() {
        return format.splitter();
    }

    /** The format's reader, each record's lines filled. */
    private static final class Reader implements ClaimReader {

        private final ClaimReader reader;
        private final Documentation documentation;

        Reader(ClaimReader reader, Documentation documentation) {
            this.reader = reader;
            this.documentation = documentation;
        }

        @Override
        public ClaimRecord next() {
            ClaimRecord record = reader.next();
            if (record instanceof ClaimRecord.Rows rows) {
                List<ClaimRow> filled = rows.rows().stream().map(documentation::fill).toList();
                return new ClaimRecord.Rows(filled);
            }
            if (record instanceof ClaimRecord.Whole whole) {
                return new ClaimRecord.Whole(documentation.fill(whole.claim()), whole.line(), whole.replaces());
            }
            return record;
        }

        @Override
        public List<String> notes() {
            return reader.notes();
        }

        @Override
        public long bytesRead() {
            return reader.bytesRead();
        }

        /** The wrapped reader's transactions (837P): filling lines changes no transaction's summary. */
        @Override
        public void onTransaction(Consumer<X12Transaction> listener) {
            reader.onTransaction(listener);
        }

        @Override
        public void close() {
            reader.close();
        }
    }
}
