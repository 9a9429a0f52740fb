package org.claimscreen.intake.x12;

import java.io.IOException;
import java.nio.file.Path;

import org.claimscreen.domain.screening.Verdicts;
import org.claimscreen.intake.ClaimSplitter;

/** Splits an 837P input into clean and held 837P interchanges: not written yet. */
final class X12ClaimSplitter implements ClaimSplitter {

    @Override
    public Split split(Path input, String sha256, Verdicts verdicts, Path cleanFolder, Path heldFolder)
            throws IOException {
        throw new IOException("splitting an 837P input into clean/ and held/ is not implemented yet");
    }
}
