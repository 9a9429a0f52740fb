package org.claimscreen.it;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the CSV files a run writes as a spreadsheet would: UTF-8, a leading byte order mark skipped. */
final class CsvFiles {

    private CsvFiles() {
    }

    static Reader reader(Path file) throws IOException {
        PushbackReader in = new PushbackReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1);
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}
