package org.claimscreen.report.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirInputSplitterTest {

    private static final String CLEAN = "{\"resourceType\":\"Claim\",\"id\":\"a\",\"identifier\":[{\"value\":\"C1\"}],\"status\":\"active\"}";
    private static final String HELD = "{\"resourceType\":\"Claim\",\"id\":\"b\",\"status\":\"active\"}";
    private static final String REJECTED = "{\"resourceType\":\"Claim\",\"id\":\"c\",\"status\":\"active\"}";
    private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p\"}";

    @TempDir
    Path dir;

    @Test
    void copiesEachNdjsonClaimLineAsReadToItsVerdictsFile() throws Exception {
        Path input = Files.write(dir.resolve("night.ndjson"), List.of(CLEAN, PATIENT, HELD, REJECTED));

        InputSplitter.Split split = new FhirInputSplitter().split(input, Map.of("C1", "CLEAN", "b", "HELD"),
                dir.resolve("clean/night.ndjson"), dir.resolve("held/night.ndjson"));

        assertThat(Files.readAllLines(dir.resolve("clean/night.ndjson"))).containsExactly(CLEAN);
        assertThat(Files.readAllLines(dir.resolve("held/night.ndjson"))).containsExactly(HELD);
        assertThat(split).isEqualTo(new InputSplitter.Split(1, 1, 2));
    }

    @Test
    void writesTheClaimsOfABundleAsNdjson() throws Exception {
        Path input = Files.writeString(dir.resolve("bundle.json"), "{\"resourceType\":\"Bundle\",\"type\":\"collection\","
                + "\"entry\":[{\"resource\":" + CLEAN + "},{\"resource\":" + PATIENT + "},{\"resource\":" + HELD + "}]}");

        new FhirInputSplitter().split(input, Map.of("C1", "CLEAN", "b", "HELD"), dir.resolve("clean/bundle.json"),
                dir.resolve("held/bundle.json"));

        assertThat(Files.readAllLines(dir.resolve("clean/bundle.ndjson"))).singleElement()
                .satisfies(line -> assertThat(line).contains("\"C1\"").doesNotContain("\n"));
        assertThat(Files.readAllLines(dir.resolve("held/bundle.ndjson"))).singleElement()
                .satisfies(line -> assertThat(line).contains("\"id\":\"b\""));
    }

    @Test
    void neverParsesXmlWithADoctype() throws Exception {
        Path input = Files.writeString(dir.resolve("x.xml"), "<!DOCTYPE Claim [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<Claim xmlns=\"http://hl7.org/fhir\"><id value=\"&e;\"/></Claim>");

        InputSplitter.Split split = new FhirInputSplitter().split(input, Map.of(), dir.resolve("clean/x.xml"),
                dir.resolve("held/x.xml"));

        assertThat(split).isEqualTo(new InputSplitter.Split(0, 0, 1));
        assertThat(Files.readString(dir.resolve("clean/x.ndjson"))).isEmpty();
    }
}
