package org.claimscreen.intake.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Object mother for claim CSV files: a valid row in the canonical layout, changed cell by cell. */
final class ClaimCsvFixture {

    static final String FILE_NAME = "claims.csv";

    private ClaimCsvFixture() {
    }

    /** A valid Original Medicare massage line with every column present. */
    static Map<String, String> validRow() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("claim_id", "C1001");
        row.put("line_number", "1");
        row.put("member_id", "1EG4TE5MK73");
        row.put("patient_birth_date", "1950-03-14");
        row.put("payer_type", "ORIGINAL_MEDICARE");
        row.put("payer_id", "");
        row.put("plan_id", "");
        row.put("service_date", "2026-10-05");
        row.put("place_of_service", "11");
        row.put("procedure_code", "97124");
        row.put("modifiers", "");
        row.put("units", "4");
        row.put("minutes", "");
        row.put("charge_amount", "120.00");
        row.put("diagnosis_codes", "M62.830");
        row.put("diagnosis_pointers", "");
        row.put("rendering_npi", "1245319599");
        row.put("rendering_taxonomy", "225700000X");
        row.put("supervising_npi", "");
        row.put("referring_npi", "");
        row.put("billing_npi", "");
        row.put("plan_of_care", "");
        row.put("abn_on_file", "N");
        row.put("lmn_on_file", "N");
        return row;
    }

    /** {@link #validRow()} with some cells replaced: {@code validRow("units", "0")}. */
    static Map<String, String> validRow(String... columnValuePairs) {
        Map<String, String> row = validRow();
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            row.put(columnValuePairs[i], columnValuePairs[i + 1]);
        }
        return row;
    }

    /** A CSV with the header of the first row's keys and one line per row (LF endings). */
    @SafeVarargs
    static String csv(Map<String, String>... rows) {
        StringBuilder text = new StringBuilder(line(new ArrayList<>(rows[0].keySet())));
        for (Map<String, String> row : rows) {
            text.append(line(new ArrayList<>(row.values())));
        }
        return text.toString();
    }

    static String line(List<String> cells) {
        List<String> quoted = new ArrayList<>(cells.size());
        for (String cell : cells) {
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            quoted.add(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return String.join(",", quoted) + "\n";
    }

    static Path write(Path dir, String content) throws IOException {
        return Files.writeString(dir.resolve(FILE_NAME), content, StandardCharsets.UTF_8);
    }

    static Path write(Path dir, byte[] content) throws IOException {
        return Files.write(dir.resolve(FILE_NAME), content);
    }

    /** Every result of the file, in order. */
    static List<ClaimCsvReader.Result> readAll(Path file) throws IOException {
        List<ClaimCsvReader.Result> results = new ArrayList<>();
        try (ClaimCsvReader reader = ClaimCsvReader.open(file)) {
            reader.forEachRemaining(results::add);
        }
        return results;
    }
}
