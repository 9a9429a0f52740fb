package org.claimscreen.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.Documentation;
import org.claimscreen.domain.claim.DocumentedService;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.intake.fhir.FhirSampleData;

/**
 * The sample night's documentation on file, {@code sample-data/documentation.csv}: a row for every
 * line of the two CSV exports' claims that states a plan of care, ABN on file, LMN on file or
 * minutes, with exactly the CSV's values, so that the 837P twin (which has no field for them) and
 * the CSV exports screen alike, and screening the CSVs with it changes nothing (what a line states
 * wins). Run {@link #main} to rewrite it after the CSVs change; {@code X12SampleDataTest}
 * checks the committed file is what this writes.
 */
public final class DocumentationSampleData {

    static final String FILE = "documentation.csv";

    private DocumentationSampleData() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : X12SampleData.SAMPLE_DATA;
        Files.writeString(folder.resolve(FILE), text(folder), StandardCharsets.UTF_8);
    }

    /**
     * The documentation.csv text the CSV exports in {@code folder} make.
     *
     * @throws IllegalStateException when two lines of one member's service (date and code) state
     *                               different values: the file could not say both
     */
    static String text(Path folder) throws IOException {
        Map<Documentation.Key, DocumentedService> services = new LinkedHashMap<>();
        for (String export : X12SampleData.EXPORTS) {
            for (Claim claim : FhirSampleData.claims(folder.resolve(export))) {
                for (ClaimLine line : claim.lines()) {
                    if (!statesAny(line)) {
                        continue;
                    }
                    DocumentedService service = new DocumentedService(claim.memberId(), line.serviceDate(),
                            line.procedureCode(), line.planOfCare(), line.abnOnFile(), line.lmnOnFile(),
                            line.minutes());
                    DocumentedService earlier = services.putIfAbsent(service.key(), service);
                    if (earlier != null && !earlier.equals(service)) {
                        throw new IllegalStateException("claim " + claim.claimId() + " line " + line.lineNumber()
                                + " states other values for a service another line documents already");
                    }
                }
            }
        }
        StringBuilder text = new StringBuilder(
                "member_id,service_date,procedure_code,plan_of_care,abn_on_file,lmn_on_file,minutes\n");
        for (DocumentedService service : services.values()) {
            text.append(service.memberId().value()).append(',').append(service.serviceDate()).append(',')
                    .append(service.procedureCode()).append(',').append(service.planOfCare().code()).append(',')
                    .append(service.abnOnFile().code()).append(',').append(service.lmnOnFile().code()).append(',')
                    .append(service.minutes() == null ? "" : service.minutes().toString()).append('\n');
        }
        return text.toString();
    }

    private static boolean statesAny(ClaimLine line) {
        return line.planOfCare() != Indicator.NOT_GIVEN || line.abnOnFile() != Indicator.NOT_GIVEN
                || line.lmnOnFile() != Indicator.NOT_GIVEN || !Objects.isNull(line.minutes());
    }
}
