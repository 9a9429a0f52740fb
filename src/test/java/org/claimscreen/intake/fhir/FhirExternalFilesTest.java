package org.claimscreen.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.claimscreen.intake.fhir.FhirClaimFile.Result;
import org.claimscreen.testdata.ExternalData;
import org.junit.jupiter.api.Test;

/**
 * Every FHIR file in the external folder (public data nobody on this project wrote) goes through
 * the reader without an exception escaping: each is screened, reported as not screened with a
 * reason, rejected with a reason, or refused at open as another FHIR version.
 */
class FhirExternalFilesTest {

    private static final List<String> FOLDERS = List.of("hl7-fhir-r4-examples", "hl7-fhir-r4-examples-xml",
            "fhir-non-r4-versions", "cms-bfd/fhir-r4-v2", "cms-bfd/fhir-r4-idr-v3");

    /** file → {Screenable, NotScreened, Rejected}. */
    private static final Map<String, int[]> COUNTS = Map.ofEntries(
            Map.entry("hl7-fhir-r4-examples/Claim-100150.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-100151.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-100152.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-100153.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-100154.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-100155.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-100156.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-660150.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-660151.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-660152.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-760150.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-760151.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-760152.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-860150.json", new int[] {0, 0, 1}),
            Map.entry("hl7-fhir-r4-examples/Claim-960150.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-960151.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Claim-MED-00050.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/ClaimResponse-R3500.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/ClaimResponse-R3501.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/ClaimResponse-R3502.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/ClaimResponse-R3503.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/ClaimResponse-UR3503.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Coverage-7546D.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Coverage-7547E.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Coverage-9876B1.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/Coverage-SP1234.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/ExplanationOfBenefit-EB3500.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples/ExplanationOfBenefit-EB3501.json", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples-xml/claim-example-cms1500-medical.xml", new int[] {0, 1, 0}),
            Map.entry("hl7-fhir-r4-examples-xml/claim-example-professional.xml", new int[] {0, 0, 1}),
            Map.entry("cms-bfd/fhir-r4-v2/eobByPatientIdAll.json", new int[] {0, 8, 0}),
            Map.entry("cms-bfd/fhir-r4-v2/eobReadCarrier.json", new int[] {0, 1, 0}),
            Map.entry("cms-bfd/fhir-r4-v2/eobReadCarrierWithMultipleLines.json", new int[] {0, 1, 0}),
            Map.entry("cms-bfd/fhir-r4-idr-v3/ExplanationOfBenefit-Carrier.json", new int[] {0, 1, 0}),
            Map.entry("cms-bfd/fhir-r4-idr-v3/ExplanationOfBenefit-MCS.json", new int[] {0, 1, 0}));

    /** file → the version the refusal must name. */
    private static final Map<String, String> REFUSED = Map.of(
            "fhir-non-r4-versions/DSTU2-1.0.2_Claim-860150.json", "DSTU2",
            "fhir-non-r4-versions/STU3-3.0.1_Claim-860150.json", "STU3",
            "fhir-non-r4-versions/STU3_bfd-v1_eobReadCarrier.json", "STU3",
            "fhir-non-r4-versions/STU3_synthea.bundle.json", "STU3");

    @Test
    void everyExternalFhirFileIsReadWithTheExpectedOutcome() throws IOException {
        // given
        List<String> files = files();
        Map<String, String> actual = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();

        // when
        for (String name : files) {
            Path file = ExternalData.DIR.resolve(name);
            if (REFUSED.containsKey(name)) {
                assertThatThrownBy(() -> FhirClaimFile.open(file)).as(name).isInstanceOf(FhirFileException.class)
                        .hasMessageContaining(file.toString())
                        .hasMessageContaining("not FHIR R4")
                        .hasMessageContaining("looks like FHIR " + REFUSED.get(name));
                continue;
            }
            int[] counts = new int[3];
            for (Result result : FhirSampleDataTest.readAll(file)) {
                counts[result instanceof Result.Screenable ? 0 : result instanceof Result.NotScreened ? 1 : 2]++;
            }
            actual.put(name, counts[0] + "/" + counts[1] + "/" + counts[2]);
            int[] want = COUNTS.getOrDefault(name, new int[] {-1, -1, -1});
            expected.put(name, want[0] + "/" + want[1] + "/" + want[2]);
        }

        // then
        assertThat(actual).isEqualTo(expected);
        assertThat(files).hasSize(COUNTS.size() + REFUSED.size());
    }

    @Test
    void examplesOfOtherClaimTypesAreNotScreenedWithTheirType() throws IOException {
        assertThat(reason("hl7-fhir-r4-examples/Claim-100150.json")).isEqualTo(
                "Claim.type is oral; only professional claims are screened");
        assertThat(reason("hl7-fhir-r4-examples/Claim-660151.json")).contains("vision");
        assertThat(reason("hl7-fhir-r4-examples/Claim-760151.json")).contains("pharmacy");
        assertThat(reason("hl7-fhir-r4-examples/Claim-960150.json")).contains("institutional");
        assertThat(reason("hl7-fhir-r4-examples-xml/claim-example-cms1500-medical.xml")).contains("institutional");
        assertThat(reason("hl7-fhir-r4-examples/ExplanationOfBenefit-EB3500.json"))
                .isEqualTo("an ExplanationOfBenefit is an adjudicated claim, not a claim to screen");
    }

    @Test
    void theProfessionalExampleIsRejectedForItsMissingMemberId() throws IOException {
        // given: Claim-860150 references Coverage/9876B1 and Patient/1, which are not in the file
        for (String name : List.of("hl7-fhir-r4-examples/Claim-860150.json",
                "hl7-fhir-r4-examples-xml/claim-example-professional.xml")) {
            // when
            Result result = FhirSampleDataTest.readAll(ExternalData.DIR.resolve(name)).get(0);

            // then
            assertThat(result).isInstanceOf(Result.Rejected.class);
            assertThat(((Result.Rejected) result).reject().claimId()).isEqualTo("8612345");
            assertThat(((Result.Rejected) result).reject().reason()).startsWith("no member id");
        }
    }

    @Test
    void theCmsSearchBundleReportsEachEntry() throws IOException {
        List<Result> results = FhirSampleDataTest.readAll(ExternalData.DIR.resolve("cms-bfd/fhir-r4-v2/eobByPatientIdAll.json"));
        assertThat(results).extracting(Result::location).containsExactly("entry[0]", "entry[1]", "entry[2]", "entry[3]",
                "entry[4]", "entry[5]", "entry[6]", "entry[7]");
    }

    private static String reason(String name) throws IOException {
        Result result = FhirSampleDataTest.readAll(ExternalData.DIR.resolve(name)).get(0);
        assertThat(result).as(name).isInstanceOf(Result.NotScreened.class);
        return ((Result.NotScreened) result).reason();
    }

    private static List<String> files() throws IOException {
        List<String> names = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> listing = Files.list(ExternalData.DIR.resolve(folder))) {
                listing.filter(Files::isRegularFile).map(f -> folder + "/" + f.getFileName()).sorted().forEach(names::add);
            }
        }
        return names;
    }
}
