package org.claimscreen.it;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The protected health information in sample-data's three claim inputs, as text that must never
 * reach a log: member ids (as written, and an 11-character MBI also in its dashed 4-3-4 form),
 * birth dates, and the patients' names in the FHIR bundle.
 */
final class SamplePhi {

    static final Path SAMPLE = Path.of("sample-data");
    static final String BUNDLE = "claims-2026-11-26-eastside-bundle.json";

    private SamplePhi() {
    }

    static Set<String> all() throws IOException {
        Set<String> phi = new TreeSet<>();
        for (String csv : new String[] {"claims-2026-11-26.csv", "claims-2026-11-26-westside.csv"}) {
            try (Reader reader = Files.newBufferedReader(SAMPLE.resolve(csv), StandardCharsets.UTF_8)) {
                for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                    addMemberId(phi, row.get("member_id"));
                    addIfPresent(phi, row.get("patient_birth_date"));
                }
            }
        }
        JsonNode bundle = JsonMapper.builder().build().readTree(Files.readString(SAMPLE.resolve(BUNDLE)));
        for (JsonNode entry : bundle.get("entry")) {
            JsonNode resource = entry.get("resource");
            String type = resource.get("resourceType").asText();
            if (type.equals("Patient") || type.equals("Coverage")) {
                for (JsonNode identifier : resource.path("identifier")) {
                    addMemberId(phi, identifier.path("value").asText());
                }
                addMemberId(phi, resource.path("subscriberId").asText());
                addIfPresent(phi, resource.path("birthDate").asText());
                for (JsonNode name : resource.path("name")) {
                    String family = name.path("family").asText();
                    addIfPresent(phi, family);
                    for (JsonNode given : name.path("given")) {
                        addIfPresent(phi, given.asText() + " " + family);
                    }
                }
            }
        }
        return phi;
    }

    private static void addMemberId(Set<String> phi, String memberId) {
        String id = memberId.strip();
        if (id.isEmpty()) {
            return;
        }
        phi.add(id);
        if (id.length() == 11) {
            phi.add(id.substring(0, 4) + "-" + id.substring(4, 7) + "-" + id.substring(7));
        }
    }

    private static void addIfPresent(Set<String> phi, String text) {
        if (text != null && !text.isBlank()) {
            phi.add(text.strip());
        }
    }
}
