package org.claimscreen.intake.x12;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimscreen.intake.ClaimFormats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class X12ClaimFormatTest {

    @Test
    void takesFilesNamed837X12OrEdi() {
        X12ClaimFormat format = new X12ClaimFormat();
        assertThat(format.takesName("claims-2026-11-26.837")).isTrue();
        assertThat(format.takesName("batch.x12")).isTrue();
        assertThat(format.takesName("batch.edi")).isTrue();
        assertThat(format.takesName("claims.csv")).isFalse();
    }

    @Test
    void isRegisteredAmongTheRunsFormats() {
        ClaimFormats formats = ClaimFormats.canonical();
        assertThat(formats.of(Path.of("claims.837")).name()).isEqualTo("X12_837P");
        assertThat(formats.named("X12_837P")).isPresent();
    }

    @Test
    void passesOverAFolderFileThatDoesNotStartWithIsa(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.edi"), "hello");
        assertThat(new X12ClaimFormat().whyNotClaims(notes)).contains("does not start with ISA");
        assertThat(new X12ClaimFormat().whyNotClaims(X12Files.file("good.837"))).isNull();
    }
}
