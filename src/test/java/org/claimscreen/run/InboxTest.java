package org.claimscreen.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {

    @TempDir
    Path dir;

    @Test
    void movesAFileIntoAFolderItMakesUnderTheRunsId() throws IOException {
        Path file = Files.writeString(dir.resolve("claims.csv"), "a");

        Path moved = Inbox.move(file, dir.resolve("archive"), 12);

        assertThat(moved).isEqualTo(dir.resolve("archive/12-claims.csv")).hasContent("a");
        assertThat(file).doesNotExist();
    }

    @Test
    void neverOverwritesAFileMovedBefore() throws IOException {
        Files.createDirectories(dir.resolve("archive"));
        Files.writeString(dir.resolve("archive/12-claims.csv"), "first");
        Files.writeString(dir.resolve("archive/12-2-claims.csv"), "second");
        Path file = Files.writeString(dir.resolve("claims.csv"), "third");

        Path moved = Inbox.move(file, dir.resolve("archive"), 12);

        assertThat(moved).isEqualTo(dir.resolve("archive/12-3-claims.csv")).hasContent("third");
        assertThat(dir.resolve("archive/12-claims.csv")).hasContent("first");
    }
}
