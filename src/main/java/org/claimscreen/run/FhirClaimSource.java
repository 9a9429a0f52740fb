package org.claimscreen.run;

import java.io.IOException;
import java.nio.file.Path;
import org.claimscreen.intake.Reject;
import org.claimscreen.intake.fhir.FhirClaimFile;
import org.claimscreen.intake.fhir.FhirFileException;
import org.claimscreen.persistence.RejectStore;

/** A FHIR R4 file (one resource, a Bundle or NDJSON): one item per resource that could be a claim. */
final class FhirClaimSource implements ClaimSource {

    private final int fileIndex;
    private final FhirClaimFile file;

    FhirClaimSource(int fileIndex, Path path) throws IOException {
        this.fileIndex = fileIndex;
        this.file = FhirClaimFile.open(path);
    }

    @Override
    public StagedItem next() {
        if (!file.hasNext()) {
            return null;
        }
        FhirClaimFile.Result result = file.next();
        if (result instanceof FhirClaimFile.Result.Screenable screenable) {
            return new StagedItem.Rows(fileIndex, screenable.rows(), screenable.replaces());
        }
        if (result instanceof FhirClaimFile.Result.NotScreened notScreened) {
            return new StagedItem.Unscreened(fileIndex, file.fileName(), file.currentLine(), notScreened.claimId(),
                    notScreened.reason(), notScreened.voids());
        }
        Reject reject = ((FhirClaimFile.Result.Rejected) result).reject();
        throw new StagedRejectException(fileIndex, RejectStore.Kind.ROW, reject);
    }

    @Override
    public boolean skip() {
        long before = file.resourcesRead();
        file.skipResources(1);
        return file.resourcesRead() > before;
    }

    @Override
    public void close() {
        file.close();
    }
}
