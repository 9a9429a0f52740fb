package org.claimscreen.intake;

import org.claimscreen.intake.AtomicFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void writesTheFileAndLeavesNoTempFileBehind() throws IOException {
        // given
        Path target = folder.resolve("summary.json");

        // when
        AtomicFile.write(target, out -> out.write("{\"ok\": true} — é"));

        // then
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("{\"ok\": true} — é");
        assertThat(filesIn(folder)).containsExactly("summary.json");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        // given
        Path target = folder.resolve("findings.csv");
        Files.writeString(target, "old report, much longer than the new one");

        // when
        AtomicFile.write(target, out -> out.write("new"));

        // then
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(folder)).containsExactly("findings.csv");
    }

    @Test
    void failureInsideTheBodyLeavesTheOldTargetAndNoTempFile() throws IOException {
        // given
        Path target = folder.resolve("findings.csv");
        Files.writeString(target, "old");

        // when
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half a rep");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        // then
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(filesIn(folder)).containsExactly("findings.csv");
    }

    @Test
    void uncheckedFailureInsideTheBodyAlsoCleansUp() throws IOException {
        // given
        Path target = folder.resolve("report.html");

        // when
        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("<html>");
            throw new UncheckedIOException(new IOException("database cursor lost"));
        })).isInstanceOf(UncheckedIOException.class);

        // then
        assertThat(target).doesNotExist();
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aBodyThatClosesItsWriterStillProducesTheWholeFile() throws IOException {
        // given
        Path target = folder.resolve("rejects.csv");

        // when
        AtomicFile.write(target, out -> {
            try (out) {
                out.write("file,line");
            }
        });

        // then
        assertThat(Files.readString(target)).isEqualTo("file,line");
    }

    @Test
    void createsMissingFolders() throws IOException {
        // given
        Path target = folder.resolve("out/42/summary.json");

        // when
        AtomicFile.writeBytes(target, out -> out.write(new byte[] {'{', '}'}));

        // then
        assertThat(Files.readString(target)).isEqualTo("{}");
    }

    private static Iterable<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
