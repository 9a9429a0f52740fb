package org.claimscreen.intake.x12;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.claimscreen.domain.claim.Documentation;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.intake.ClaimFormat;
import org.claimscreen.intake.ClaimReader;
import org.claimscreen.intake.ClaimRecord;
import org.claimscreen.intake.ClaimSplitter;

/**
 * X12 837P (005010X222) files (.837, .x12, .edi): each 2300 claim is read whole into one domain
 * claim ({@link X12ClaimFile}, read with StAEDI one segment at a time), and the split writes the
 * clean and held claims back as 837P interchanges ({@link X12ClaimSplitter}).
 */
public final class X12ClaimFormat implements ClaimFormat {

    public static final String NAME = "X12_837P";

    private final ReferenceData reference;
    private final Documentation documentation;

    /**
     * @param reference     the provider roster, for a rendering provider whose taxonomy the file lacks; may be null
     * @param documentation the run's documentation on file, which decides whether modifier GA stands for an
     *                      ABN on file (only on a line whose service it has no row for); may be null
     */
    public X12ClaimFormat(ReferenceData reference, Documentation documentation) {
        this.reference = reference == null ? ReferenceData.NONE : reference;
        this.documentation = documentation == null ? Documentation.NONE : documentation;
    }

    /** @param reference the provider roster, for a rendering provider whose taxonomy the file lacks; may be null */
    public X12ClaimFormat(ReferenceData reference) {
        this(reference, null);
    }

    public X12ClaimFormat() {
        this(null);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean takesName(String lowerCaseName) {
        return lowerCaseName.endsWith(".837") || lowerCaseName.endsWith(".x12") || lowerCaseName.endsWith(".edi");
    }

    @Override
    public String whyNotClaims(Path file) {
        try {
            return startsWithIsa(file) ? null : "not an X12 interchange (it does not start with ISA)";
        } catch (IOException e) {
            return null; // unreadable here means unreadable later too: the run reports it as a failed file
        }
    }

    private static boolean startsWithIsa(Path file) throws IOException {
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) {
            start = start.substring(3);
        }
        return start.stripLeading().startsWith("ISA");
    }

    /**
     * @throws X12FileException when the file does not start with an ISA header StAEDI can read
     *                          (its delimiters come from the ISA, so nothing after it could be read)
     */
    @Override
    public ClaimReader open(Path file) throws IOException {
        String label = file.toString();
        if (Files.size(file) == 0) {
            throw new X12FileException(label, "the file is empty");
        }
        if (!startsWithIsa(file)) {
            throw new X12FileException(label, "not an X12 interchange: it does not start with an ISA segment");
        }
        X12ClaimFile claims = X12ClaimFile.open(file, reference, documentation);
        if (claims.unreadableHeader() != null) {
            claims.close();
            throw new X12FileException(label, claims.unreadableHeader());
        }
        return new Reader(claims);
    }

    @Override
    public ClaimSplitter splitter() {
        return new X12ClaimSplitter();
    }

    /** One record per 2300 claim. */
    private static final class Reader implements ClaimReader {

        private final X12ClaimFile file;

        Reader(X12ClaimFile file) {
            this.file = file;
        }

        @Override
        public ClaimRecord next() {
            return file.next();
        }

        @Override
        public long bytesRead() {
            return file.bytesRead();
        }

        @Override
        public void onTransaction(Consumer<X12Transaction> listener) {
            file.onTransaction(listener);
        }

        @Override
        public void close() {
            file.close();
        }
    }
}
