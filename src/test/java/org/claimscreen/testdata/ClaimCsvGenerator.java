package org.claimscreen.testdata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A large, deterministic claim CSV in the canonical layout (docs/claim-csv.md), for the restart,
 * lock and outage tests and for benchmarks: the same seed and size give the same bytes.
 *
 * <p>Claims of 1 to 4 lines, members drawn from a pool small enough that history rules (session
 * limits, therapy dollars, duplicates) fire; payers, plans (sample-data/plans.csv), providers
 * and taxonomies (sample-data/providers.csv), codes and modifiers mixed so that most rules find
 * something. About one claim in a thousand has an unreadable row (a reject) and as many have rows
 * that disagree on the member (a claim reject); one claim in twenty has a line that stands
 * further down the file, away from its other lines.
 */
public final class ClaimCsvGenerator {

    public static final String HEADER = "claim_id,line_number,member_id,patient_birth_date,payer_type,payer_id,plan_id,"
            + "service_date,place_of_service,procedure_code,modifiers,units,minutes,charge_amount,diagnosis_codes,"
            + "diagnosis_pointers,rendering_npi,rendering_taxonomy,supervising_npi,referring_npi,billing_npi,"
            + "plan_of_care,abn_on_file,lmn_on_file";

    /** What was written. */
    public record Written(Path file, long lines, long claims) {
    }

    private record Provider(String npi, String taxonomy) {
    }

    private record Code(String code, String modifiers, boolean timed, int centsPerUnit) {
    }

    private static final String MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY";
    private static final String[] PAYERS = {"ORIGINAL_MEDICARE", "ORIGINAL_MEDICARE", "ORIGINAL_MEDICARE", "MB",
        "MEDICARE_ADVANTAGE", "MEDICARE_ADVANTAGE", "16", "COMMERCIAL", "BL", "MEDICAID", "SELF_PAY", "OTHER"};
    private static final Code[] CODES = {
        new Code("97110", "GP", true, 4500), new Code("97110", "GO", true, 4500), new Code("97112", "GP", true, 4800),
        new Code("97140", "GP", true, 4200), new Code("97140", "GP;59", true, 4200), new Code("97116", "GP", true, 4000),
        new Code("97124", "", true, 4500), new Code("97124", "GP", true, 4500), new Code("97124", "59", true, 4500),
        new Code("97530", "GO", true, 5000), new Code("97535", "GO", true, 4700), new Code("97010", "GP", false, 1500),
        new Code("97014", "GP", false, 2000), new Code("G0283", "GP", false, 2000), new Code("G0283", "CQ;GP", false, 2000),
        new Code("98940", "AT", false, 5500), new Code("98941", "AT", false, 6500), new Code("98940", "", false, 5500),
        new Code("98941", "GA", false, 6500), new Code("97161", "GP", false, 15000), new Code("97162", "GP", false, 16000),
        new Code("97810", "", false, 9000), new Code("97813", "", false, 9500), new Code("97110", "GP;KX", true, 4500)};
    private static final String[] DIAGNOSES = {"M54.50", "M62.81", "M17.11", "M25.561", "R26.89", "M99.03", "M54.16",
        "M62.830", "Z00.00", "M79.18", "S33.5XXA", "G89.29"};

    private ClaimCsvGenerator() {
    }

    /** Writes at least {@code lines} lines (the last claim is finished) to {@code file}. */
    public static Written write(Path file, int lines, long seed, Path plansCsv, Path providersCsv) throws IOException {
        Random random = new Random(seed);
        List<String> plans = column(plansCsv, "plan_id");
        List<Provider> providers = new ArrayList<>();
        for (CSVRecord row : records(providersCsv)) {
            providers.add(new Provider(row.get("npi"), row.get("taxonomy")));
        }
        List<Provider> physicians = providers.stream().filter(p -> p.taxonomy().startsWith("207")
                || p.taxonomy().startsWith("208") || p.taxonomy().startsWith("363")).toList();
        List<Provider> organisations = providers.stream().filter(p -> p.taxonomy().startsWith("261")
                || p.taxonomy().startsWith("193")).toList();
        int members = Math.max(100, lines / 12);
        LocalDate firstDay = LocalDate.of(2025, 10, 1);
        long written = 0;
        long claims = 0;
        Deque<String[]> deferred = new ArrayDeque<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            while (written < lines) {
                claims++;
                int member = random.nextInt(members);
                String memberId = mbi(member);
                String birth = LocalDate.of(1935 + member % 30, 1 + member % 12, 1 + member % 28).toString();
                String payer = PAYERS[(member + random.nextInt(3)) % PAYERS.length];
                boolean advantage = payer.equals("MEDICARE_ADVANTAGE") || payer.equals("16");
                String plan = advantage ? plans.get(member % plans.size()) : "";
                String payerId = advantage ? "MA" + (member % 7) : payer.contains("MEDICARE") || payer.equals("MB") ? "04412" : "";
                LocalDate service = firstDay.plusDays(random.nextInt(420));
                Provider rendering = providers.get(random.nextInt(providers.size()));
                Provider referring = physicians.get(random.nextInt(physicians.size()));
                Provider billing = organisations.get(random.nextInt(organisations.size()));
                String supervising = rendering.taxonomy().equals("225200000X") && random.nextInt(3) > 0
                        ? providers.get(4).npi() : "";
                int diagnosisCount = 1 + random.nextInt(3);
                List<String> diagnoses = new ArrayList<>();
                while (diagnoses.size() < diagnosisCount) {
                    String code = DIAGNOSES[random.nextInt(DIAGNOSES.length)];
                    if (!diagnoses.contains(code)) {
                        diagnoses.add(code);
                    }
                }
                String claimId = "G" + (100000 + claims);
                int claimLines = 1 + random.nextInt(4);
                boolean inconsistent = random.nextInt(1000) == 0 && claimLines > 1;
                int badLine = random.nextInt(1000) == 0 ? 1 + random.nextInt(claimLines) : 0;
                for (int line = 1; line <= claimLines; line++) {
                    Code code = CODES[random.nextInt(CODES.length)];
                    int units = code.timed() ? 1 + random.nextInt(4) : 1;
                    String minutes = code.timed() && random.nextBoolean() ? Integer.toString(units * 15 - random.nextInt(9)) : "";
                    String[] row = {claimId, Integer.toString(line),
                        inconsistent && line == claimLines ? mbi(member + 1) : memberId, birth, payer, payerId, plan,
                        service.toString(), "11", badLine == line ? "97X2" : code.code(), code.modifiers(),
                        Integer.toString(units), minutes, money(code.centsPerUnit() * (long) units),
                        String.join(";", diagnoses), line == 1 ? "" : "A", rendering.npi(), rendering.taxonomy(),
                        supervising, referring.npi(), billing.npi(), random.nextInt(10) < 8 ? "Y" : "",
                        random.nextInt(10) == 0 ? "Y" : "", random.nextInt(20) == 0 ? "Y" : ""};
                    if (line == claimLines && claimLines > 1 && random.nextInt(20) == 0) {
                        deferred.add(row); // this line stands further down the file
                    } else {
                        writeRow(out, row);
                    }
                    written++;
                }
                if (deferred.size() > 5 || (written >= lines && !deferred.isEmpty())) {
                    while (!deferred.isEmpty()) {
                        writeRow(out, deferred.poll());
                    }
                }
            }
        }
        return new Written(file, written, claims);
    }

    /** A valid-looking MBI, different for each member number. */
    static String mbi(int member) {
        Random digits = new Random(member * 7919L + 17);
        StringBuilder mbi = new StringBuilder(11);
        mbi.append(1 + digits.nextInt(9));
        mbi.append(letter(digits));
        mbi.append(digits.nextInt(10));
        mbi.append(digits.nextInt(10));
        mbi.append(letter(digits));
        mbi.append(letter(digits));
        mbi.append(digits.nextInt(10));
        mbi.append(letter(digits));
        mbi.append(letter(digits));
        mbi.append(digits.nextInt(10));
        mbi.append(digits.nextInt(10));
        return mbi.toString();
    }

    private static char letter(Random random) {
        return MBI_LETTERS.charAt(random.nextInt(MBI_LETTERS.length()));
    }

    private static String money(long cents) {
        return (cents / 100) + "." + String.format("%02d", cents % 100);
    }

    private static void writeRow(BufferedWriter out, String[] row) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = row[i];
            out.write(cell.contains(",") || cell.contains(";") && cell.contains(" ") ? '"' + cell + '"' : cell);
        }
        out.write('\n');
    }

    private static List<String> column(Path csv, String name) throws IOException {
        List<String> values = new ArrayList<>();
        for (CSVRecord row : records(csv)) {
            values.add(row.get(name));
        }
        return values;
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    /** {@code java ... ClaimCsvGenerator OUT LINES [SEED]}: writes a file for a benchmark by hand. */
    public static void main(String[] args) throws IOException {
        Written written = write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1L,
                Path.of("sample-data/plans.csv"), Path.of("sample-data/providers.csv"));
        System.out.println(written.lines() + " lines, " + written.claims() + " claims in " + written.file());
    }
}
