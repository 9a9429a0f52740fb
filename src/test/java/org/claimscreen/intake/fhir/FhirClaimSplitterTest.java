package org.claimscreen.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimscreen.domain.screening.Verdicts;
import org.claimscreen.intake.ClaimSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirClaimSplitterTest {

    private static final String CLEAN = "{\"resourceType\":\"Claim\",\"id\":\"a\",\"identifier\":[{\"value\":\"C1\"}],\"status\":\"active\"}";
    private static final String HELD = "{\"resourceType\":\"Claim\",\"id\":\"b\",\"status\":\"active\"}";
    private static final String REJECTED = "{\"resourceType\":\"Claim\",\"id\":\"c\",\"status\":\"active\"}";
    private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p\"}";

    @TempDir
    Path dir;

    @Test
    void copiesEachNdjsonClaimLineAsReadToItsVerdictsFile() throws Exception {
        Path input = Files.write(dir.resolve("night.ndjson"), List.of(CLEAN, PATIENT, HELD, REJECTED));

        ClaimSplitter.Split split = new FhirClaimSplitter().split(input, Map.of("C1", "CLEAN", "b", "HELD"),
                dir.resolve("clean"), dir.resolve("held"));

        assertThat(Files.readAllLines(dir.resolve("clean/night.ndjson"))).containsExactly(CLEAN);
        assertThat(Files.readAllLines(dir.resolve("held/night.ndjson"))).containsExactly(HELD);
        assertThat(split).isEqualTo(new ClaimSplitter.Split(1, 1, 2));
    }

    @Test
    void asksTheVerdictOfEachNdjsonClaimAtTheLineTheReaderStoresItAt() throws Exception {
        // given: blank lines and a resource that is not a Claim between the Claims
        List<String> sample = Files.readAllLines(Path.of("sample-data/fhir/claims-2026-11-26.ndjson"));
        Path input = Files.write(dir.resolve("night.ndjson"),
                List.of("", sample.get(0), "  ", "", sample.get(1), PATIENT, sample.get(2), ""));
        List<Long> asked = new ArrayList<>();
        Verdicts recording = new Verdicts() {
            @Override
            public String at(long position, String claimId) {
                asked.add(position);
                return "HELD";
            }

            @Override
            public String ofClaim(String claimId) {
                throw new AssertionError("an NDJSON Claim always has a line");
            }
        };

        // when
        ClaimSplitter.Split split = new FhirClaimSplitter().split(input, null, recording, dir.resolve("clean"),
                dir.resolve("held"));

        // then
        List<Long> stored = new ArrayList<>();
        try (FhirClaimFile reader = FhirClaimFile.open(input)) {
            while (reader.hasNext()) {
                if (reader.next() instanceof FhirClaimFile.Result.Screenable screenable) {
                    FhirSampleData.asRows(screenable.claim()).forEach(row -> stored.add(row.line().sourceLine()));
                }
            }
        }
        assertThat(asked).containsExactly(2L, 5L, 7L);
        assertThat(stored).containsOnly(2L, 5L, 7L).contains(2L, 5L, 7L);
        assertThat(split).isEqualTo(new ClaimSplitter.Split(0, 3, 1));
    }

    @Test
    void writesTheClaimsOfABundleAsNdjson() throws Exception {
        Path input = Files.writeString(dir.resolve("bundle.json"), "{\"resourceType\":\"Bundle\",\"type\":\"collection\","
                + "\"entry\":[{\"resource\":" + CLEAN + "},{\"resource\":" + PATIENT + "},{\"resource\":" + HELD + "}]}");

        new FhirClaimSplitter().split(input, Map.of("C1", "CLEAN", "b", "HELD"), dir.resolve("clean"),
                dir.resolve("held"));

        assertThat(Files.readAllLines(dir.resolve("clean/bundle.ndjson"))).singleElement()
                .satisfies(line -> assertThat(line).contains("\"C1\"").doesNotContain("\n"));
        assertThat(Files.readAllLines(dir.resolve("held/bundle.ndjson"))).singleElement()
                .satisfies(line -> assertThat(line).contains("\"id\":\"b\""));
    }

    @Test
    void neverParsesXmlWithADoctype() throws Exception {
        Path input = Files.writeString(dir.resolve("x.xml"), "<!DOCTYPE Claim [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<Claim xmlns=\"http://hl7.org/fhir\"><id value=\"&e;\"/></Claim>");

        ClaimSplitter.Split split = new FhirClaimSplitter().split(input, Map.of(), dir.resolve("clean"),
                dir.resolve("held"));

        assertThat(split).isEqualTo(new ClaimSplitter.Split(0, 0, 1));
        assertThat(Files.readString(dir.resolve("clean/x.ndjson"))).isEmpty();
    }
}
