package org.claimscreen.testdata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.ReportedDate;
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.intake.fhir.FhirClaimWriter;

/**
 * Large, deterministic claim files for the benchmarks (issue 7): a night's export as the canonical
 * CSV (docs/claim-csv.md) or as FHIR R4 Claim NDJSON, of any size. The same seed gives the same
 * bytes on any machine ({@link Random} is specified to the bit, and nothing depends on the locale).
 *
 * <p>Claims have 1-4 lines and come from the sample night's practices (sample-data/providers.csv
 * and plans.csv: their NPIs, taxonomies, MA plans and networks), in a mix of payers and scenarios
 * chosen so that about a quarter of the lines draw a finding: mostly clean therapy visits for
 * Original Medicare, Medicare Advantage and commercial payers, clean chiropractic manipulation, and
 * the source document's problems: a massage therapist billing Medicare alone (97124 standalone,
 * unsupervised), chiropractic adjuncts, a therapist's 97124 alone on a day, therapy after the plan
 * of care lapsed, massage on an MA plan without the benefit. Members come from pools so that
 * about half of them have more than one claim in the file (the history rules see them), but none
 * comes near the therapy threshold.
 *
 * <p>Every service date lies in 2026-10-01..2026-11-24: screen with {@code --as-of 2026-11-26},
 * as the sample night is.
 *
 * <p>{@link Members} chooses how often members recur: {@link Members#MIXED} is the benchmark's file;
 * {@link Members#RECURRING} and {@link Members#RARE} (issue 14's recurring-members row) are the same
 * lines, byte for byte but for the member id, with members drawn from a stream of their own: about
 * 24 claims a member, or almost every claim a member of its own.
 */
public final class BenchClaimFiles {

    /** The seed the benchmark uses: change it and the figures are no longer comparable. */
    public static final long SEED = 20261126L;

    /** The as-of date the generated claims are meant to be screened with. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

    private static final Path SAMPLE_DATA = Path.of("sample-data");
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 1);
    private static final int DAYS = 55;

    static final String HEADER = "claim_id,line_number,member_id,patient_birth_date,payer_type,payer_id,plan_id,"
            + "service_date,place_of_service,procedure_code,modifiers,units,minutes,charge_amount,diagnosis_codes,"
            + "diagnosis_pointers,rendering_npi,rendering_taxonomy,supervising_npi,referring_npi,billing_npi,"
            + "plan_of_care,abn_on_file,lmn_on_file";

    // the sample night's providers (sample-data/providers.csv); every NPI passes the check digit
    private static final Provider RIVERBEND_PT_1 = new Provider("1000258958", "225100000X", "1632665372", true, "H9012-003");
    private static final Provider RIVERBEND_PT_2 = new Provider("1771096850", "225100000X", "1632665372", true, "H9012-003");
    private static final Provider LAKESHORE_PT_1 = new Provider("1608300467", "225100000X", "1356168421", false, "H1234-001");
    private static final Provider LAKESHORE_PT_2 = new Provider("1768646105", "225100000X", "1356168421", false, "H1234-001");
    private static final Provider NORTHGATE_PT = new Provider("1849416064", "225100000X", "1383497124", true, "H1234-001");
    private static final Provider OT = new Provider("1838730434", "225X00000X", "1838730434", true, "H9012-003");
    private static final Provider LMT = new Provider("1762345019", "225700000X", "1762345019", true, null);
    private static final Provider CHIROPRACTOR = new Provider("1379950904", "111N00000X", "1379950904", false, null);
    private static final Provider[] PTS = {RIVERBEND_PT_1, RIVERBEND_PT_2, LAKESHORE_PT_1, LAKESHORE_PT_2, NORTHGATE_PT};
    private static final Provider[] THERAPISTS = {RIVERBEND_PT_1, RIVERBEND_PT_2, LAKESHORE_PT_1, LAKESHORE_PT_2,
            NORTHGATE_PT, OT};
    /** Physicians who refer and certify plans of care. */
    private static final String[] REFERRERS = {"1929245243", "1288948767", "1045974205", "1861143554"};

    private static final String[][] THERAPY_DIAGNOSES = {
            {"M17.11", "M25.561"}, {"M54.50", "M47.816"}, {"M54.16", "M48.061"}, {"M19.011", "M25.511"},
            {"M62.830", "M54.50"}, {"M75.41", "M25.511"}, {"M54.2", "M62.81"}, {"S83.511D", "M25.561"}};
    private static final String[][] CHIRO_DIAGNOSES = {{"M99.03", "M54.50"}, {"M99.01", "M54.2"},
            {"M99.01", "M99.02", "M99.03"}};
    /** Timed therapy codes a visit is made of (no 97530, which NCCI pairs with 97140). */
    private static final String[] VISIT_CODES = {"97110", "97140", "97112", "97116"};

    /** What kind of claim, and how many in a hundred are of that kind. */
    private enum Scenario {
        MEDICARE_THERAPY(29),
        MEDICARE_ADVANTAGE_THERAPY(11),
        COMMERCIAL_THERAPY(12),
        MEDICARE_CHIROPRACTIC(6),
        COMMERCIAL_MASSAGE(4),
        MEDICARE_THERAPY_WITH_MASSAGE(4),
        // each of these draws findings
        MEDICARE_MASSAGE_THERAPIST_ALONE(10),
        MEDICARE_CHIROPRACTIC_ADJUNCT(9),
        MEDICARE_THERAPIST_MASSAGE_ALONE(5),
        MEDICARE_THERAPY_PLAN_LAPSED(7),
        ADVANTAGE_MASSAGE_NOT_COVERED(3);

        final int weight;

        Scenario(int weight) {
            this.weight = weight;
        }
    }

    private static final Scenario[] WHEEL = wheel();

    /** How often a member comes back in the file. */
    public enum Members {
        /** The benchmark's file: about half the members have more than one claim (about two each). */
        MIXED,
        /** Each member has about {@value #RECURRING_CLAIMS} claims, whatever the payer: twice-weekly therapy. */
        RECURRING,
        /** Almost every claim has a member of its own (a pool of 50 members a claim). */
        RARE;

        /** Claims a member has in a {@link #RECURRING} file, on average. */
        public static final int RECURRING_CLAIMS = 24;
    }

    private final Random random;
    private final int memberPool;
    private final Members members;
    /** The members' draws, apart from the claims' so that RECURRING and RARE files hold the same lines. */
    private final Random memberRandom;
    private final long expectedClaims;
    private long claimNumber;

    /**
     * @param seed          {@link #SEED} for the benchmarks
     * @param expectedLines how large the file will be: member pools grow with it so that each
     *                      member has about two claims, whatever the size
     */
    public BenchClaimFiles(long seed, long expectedLines) {
        this(seed, expectedLines, Members.MIXED);
    }

    /** As above, with members that recur as {@code members} says. */
    public BenchClaimFiles(long seed, long expectedLines, Members members) {
        this.random = new Random(seed);
        this.memberPool = (int) Math.max(10, Math.min(Integer.MAX_VALUE, expectedLines / 5));
        this.members = members;
        this.memberRandom = new Random(~seed);
        // 2.38 lines a claim
        this.expectedClaims = Math.max(1, expectedLines * 100 / 238);
    }

    /** The next claim of the file. */
    public Claim next() {
        claimNumber++;
        String claimId = String.format(java.util.Locale.ROOT, "BN%08d", claimNumber);
        Scenario scenario = WHEEL[random.nextInt(WHEEL.length)];
        return switch (scenario) {
            case MEDICARE_THERAPY -> therapy(claimId, medicare(), pick(THERAPISTS), Indicator.YES, false);
            case MEDICARE_ADVANTAGE_THERAPY -> advantageTherapy(claimId);
            case COMMERCIAL_THERAPY -> therapy(claimId, commercial(), pick(THERAPISTS), Indicator.YES, false);
            case MEDICARE_CHIROPRACTIC -> chiropractic(claimId, false);
            case COMMERCIAL_MASSAGE -> massageTherapist(claimId, commercial());
            case MEDICARE_THERAPY_WITH_MASSAGE -> therapy(claimId, medicare(), pick(PTS), Indicator.YES, true);
            case MEDICARE_MASSAGE_THERAPIST_ALONE -> massageTherapist(claimId, medicare());
            case MEDICARE_CHIROPRACTIC_ADJUNCT -> chiropractic(claimId, true);
            case MEDICARE_THERAPIST_MASSAGE_ALONE -> therapistMassageAlone(claimId);
            case MEDICARE_THERAPY_PLAN_LAPSED -> therapy(claimId, medicare(), pick(PTS), Indicator.NO, false);
            case ADVANTAGE_MASSAGE_NOT_COVERED -> massageTherapist(claimId, new Payer(PayerType.MEDICARE_ADVANTAGE,
                    "BCHMA", "H5678-002", member("W5", 1, 0.03), birthDate()));
        };
    }

    // the files

    /** What a written file holds. */
    public record Written(Path file, long lines, long claims, long bytes) {
    }

    /** Writes a claim CSV of exactly {@code lines} lines (the last claim is cut short to fit). */
    public static Written writeCsv(Path file, long lines, long seed) throws IOException {
        return writeCsv(file, lines, seed, Members.MIXED);
    }

    /** As above, with members that recur as {@code members} says. */
    public static Written writeCsv(Path file, long lines, long seed, Members members) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        BenchClaimFiles claims = new BenchClaimFiles(seed, lines, members);
        long written = 0;
        long count = 0;
        StringBuilder row = new StringBuilder(256);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            while (written < lines) {
                Claim claim = claims.next();
                List<ClaimLine> claimLines = claim.lines();
                int take = (int) Math.min(claimLines.size(), lines - written);
                for (ClaimLine line : claimLines.subList(0, take)) {
                    row.setLength(0);
                    csvRow(claim, line, payerTypeText(claim), row);
                    out.append(row);
                }
                written += take;
                count++;
            }
        }
        return new Written(file, written, count, Files.size(file));
    }

    /** Writes {@code claims} FHIR R4 Claims, one a line, as the FHIR reader takes them. */
    public static Written writeNdjson(Path file, long claims, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        BenchClaimFiles generator = new BenchClaimFiles(seed, claims * 5 / 2);
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < claims; i++) {
                Claim claim = generator.next();
                lines += claim.lines().size();
                out.write(FhirClaimWriter.toJson(claim));
                out.write('\n');
            }
        }
        return new Written(file, lines, claims, Files.size(file));
    }

    /** Claims per 837P transaction the benchmark files hold. */
    static final int X12_CLAIMS_PER_TRANSACTION = 1000;

    /**
     * Writes the claims of {@link #writeCsv} as one X12 837P interchange of exactly {@code lines}
     * lines (the last claim cut short to fit), {@value #X12_CLAIMS_PER_TRANSACTION} claims a
     * transaction, one transaction in memory at a time.
     */
    public static Written writeX12(Path file, long lines, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        BenchClaimFiles claims = new BenchClaimFiles(seed, lines, Members.MIXED);
        long written = 0;
        long count = 0;
        int transactions = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write(X12ClaimWriter.text(X12ClaimWriter.header(AS_OF)));
            List<Claim> batch = new java.util.ArrayList<>(X12_CLAIMS_PER_TRANSACTION);
            while (written < lines) {
                Claim claim = claims.next();
                int take = (int) Math.min(claim.lines().size(), lines - written);
                if (take < claim.lines().size()) {
                    claim = claim.withLines(claim.lines().subList(0, take));
                }
                batch.add(claim);
                written += take;
                count++;
                if (batch.size() == X12_CLAIMS_PER_TRANSACTION || written >= lines) {
                    out.write(X12ClaimWriter.text(X12ClaimWriter.transaction(++transactions, batch, AS_OF)));
                    batch.clear();
                }
            }
            out.write(X12ClaimWriter.text(X12ClaimWriter.trailer(transactions)));
        }
        return new Written(file, written, count, Files.size(file));
    }

    /** Copies the sample night's plans.csv and providers.csv into {@code folder}: the claims use them. */
    public static void writeReferenceData(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : List.of("plans.csv", "providers.csv")) {
            Files.copy(SAMPLE_DATA.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code csv LINES FILE}, {@code x12 LINES FILE} or {@code ndjson CLAIMS FILE}: writes one file with {@link #SEED}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BenchClaimFiles csv LINES FILE | x12 LINES FILE | ndjson CLAIMS FILE");
            System.exit(2);
        }
        long size = Long.parseLong(args[1]);
        Path file = Path.of(args[2]);
        Written written = args[0].equals("csv") ? writeCsv(file, size, SEED)
                : args[0].equals("x12") ? writeX12(file, size, SEED) : writeNdjson(file, size, SEED);
        System.out.printf(java.util.Locale.ROOT, "%s: %,d lines in %,d claims, %,d bytes%n", written.file(),
                written.lines(), written.claims(), written.bytes());
    }

    // the scenarios

    /** A therapy claim: 1-4 timed codes on one or two visits, GP (GO for the OT), referred. */
    private Claim therapy(String claimId, Payer payer, Provider therapist, Indicator planOfCare, boolean withMassage) {
        int count = 1 + random.nextInt(4);
        String[] diagnoses = pick(THERAPY_DIAGNOSES);
        String referrer = pick(REFERRERS);
        String modifier = therapist == OT ? "GO" : "GP";
        LocalDate first = serviceDate();
        LocalDate second = first.plusDays(2 + random.nextInt(3));
        int start = random.nextInt(VISIT_CODES.length);
        List<ClaimLine> lines = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            LocalDate date = count > 2 && n > 2 ? second : first;
            // distinct codes: the same code twice on a day would be a duplicate line
            String code = VISIT_CODES[(start + n - 1) % VISIT_CODES.length];
            if (withMassage && n == count && count > 1) {
                // massage the same day as a covered therapy service: integral, not standalone
                code = "97124";
                date = lines.get(0).serviceDate();
            }
            int units = code.equals("97110") ? 2 : 1;
            lines.add(line(n, date, code, List.of(modifier), units, therapist.minutes() ? units * 15 : null,
                    charge(code, units), therapist, null, referrer, planOfCare));
        }
        return claim(claimId, payer, diagnoses, lines);
    }

    private Claim advantageTherapy(String claimId) {
        Provider therapist = pick(THERAPISTS);
        String plan = therapist.network();
        Payer payer = plan.equals("H1234-001")
                ? new Payer(PayerType.MEDICARE_ADVANTAGE, "LSHP1", plan, member("W6", 2, 0.055), birthDate())
                : new Payer(PayerType.MEDICARE_ADVANTAGE, "PCMA3", plan, member("PCA3", 3, 0.055), birthDate());
        return therapy(claimId, payer, therapist, Indicator.YES, false);
    }

    /** A PT visit whose last day has only massage: the REVIEW variant of MCR-MASSAGE-STANDALONE. */
    private Claim therapistMassageAlone(String claimId) {
        Provider therapist = pick(PTS);
        String[] diagnoses = pick(THERAPY_DIAGNOSES);
        String referrer = pick(REFERRERS);
        int count = 1 + random.nextInt(4);
        LocalDate first = serviceDate();
        List<ClaimLine> lines = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            boolean massage = n == count;
            LocalDate date = massage && count > 1 ? first.plusDays(3) : first;
            String code = massage ? "97124" : VISIT_CODES[(n - 1) % VISIT_CODES.length];
            int units = code.equals("97110") || massage ? 2 : 1;
            lines.add(line(n, date, code, List.of("GP"), units, therapist.minutes() ? units * 15 : null,
                    charge(code, units), therapist, null, referrer, Indicator.YES));
        }
        return claim(claimId, medicare(), diagnoses, lines);
    }

    /** Massage by the LMT on her own: for Medicare, every line is excluded. */
    private Claim massageTherapist(String claimId, Payer payer) {
        int count = 1 + random.nextInt(2);
        List<ClaimLine> lines = new ArrayList<>();
        LocalDate date = serviceDate();
        for (int n = 1; n <= count; n++) {
            lines.add(line(n, date.plusDays(7L * (n - 1)), "97124", List.of(), 4, 60, Money.of("120.00"), LMT, null,
                    payer.type() == PayerType.COMMERCIAL ? "1374602716" : null, Indicator.NOT_GIVEN));
        }
        return claim(claimId, payer, new String[] {"M62.830"}, lines);
    }

    /** 98940-AT visits; with adjuncts, the visit also carries massage, manual therapy or traction. */
    private Claim chiropractic(String claimId, boolean adjuncts) {
        String[] diagnoses = pick(CHIRO_DIAGNOSES);
        int count = adjuncts ? 2 + random.nextInt(3) : 1 + random.nextInt(4);
        LocalDate date = serviceDate();
        List<ClaimLine> lines = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            if (!adjuncts || n == 1) {
                lines.add(line(n, adjuncts ? date : date.plusDays(2L * (n - 1)), diagnoses.length > 2 ? "98941" : "98940",
                        List.of("AT"), 1, null, Money.of(diagnoses.length > 2 ? "70.00" : "55.00"), CHIROPRACTOR,
                        null, null, Indicator.NOT_GIVEN));
            } else {
                String[][] adjunct = {{"97124", "59"}, {"97140", "GY"}, {"97012", null}};
                String[] pick = adjunct[(n - 2) % adjunct.length];
                List<String> modifiers = pick[1] == null ? List.of() : List.of(pick[1]);
                lines.add(line(n, date, pick[0], modifiers, 1, null, charge(pick[0], 1), CHIROPRACTOR, null, null,
                        Indicator.NOT_GIVEN));
            }
        }
        return claim(claimId, medicare(), diagnoses, lines);
    }

    // payers and members

    private record Payer(PayerType type, String payerId, String planId, String memberId, LocalDate birthDate) {
    }

    private Payer medicare() {
        return new Payer(PayerType.ORIGINAL_MEDICARE, "04412", null, mbi(drawMember(0.70)), birthDate());
    }

    private Payer commercial() {
        return switch (random.nextInt(3)) {
            case 0 -> new Payer(PayerType.COMMERCIAL, "GHC01", null, member("GHC", 4, 0.053), birthDate());
            case 1 -> new Payer(PayerType.COMMERCIAL, "BLTX1", null, member("BLX", 5, 0.053), birthDate());
            default -> new Payer(PayerType.COMMERCIAL, "HNWL1", null, member("W2", 6, 0.053), birthDate());
        };
    }

    /**
     * A plan member id from a pool (the pool's salt keeps pools apart) that serves about {@code share}
     * of the claims.
     */
    private String member(String prefix, int salt, double share) {
        return prefix + String.format(java.util.Locale.ROOT, "%09d", (drawMember(share) * 7919L + salt) % 1_000_000_000L);
    }

    /**
     * The index of a member in a pool that serves about {@code share} of the claims. MIXED draws from
     * one pool size for all and from the claims' stream (the benchmark file's bytes stay as they were);
     * the others size each pool to its share and draw from a stream of their own.
     */
    private int drawMember(double share) {
        return switch (members) {
            case MIXED -> random.nextInt(memberPool);
            case RECURRING -> memberRandom.nextInt((int) Math.max(1, Math.round(expectedClaims * share / Members.RECURRING_CLAIMS)));
            case RARE -> memberRandom.nextInt((int) Math.min(100_000_000, Math.max(10, expectedClaims * 50)));
        };
    }

    /** The {@code index}-th MBI of a pool: a valid CMS format, one per index. */
    static String mbi(long index) {
        String letters = "ACDEFGHJKMNPQRTUVWXY";
        String alnum = letters + "0123456789";
        long n = index;
        char[] mbi = new char[11];
        int[] radix = {9, 20, 30, 10, 20, 30, 10, 20, 20, 10, 10};
        for (int position = 10; position >= 0; position--) {
            int digit = (int) (n % radix[position]);
            n /= radix[position];
            mbi[position] = switch (radix[position]) {
                case 9 -> (char) ('1' + digit);
                case 10 -> (char) ('0' + digit);
                case 20 -> letters.charAt(digit);
                default -> alnum.charAt(digit);
            };
        }
        return new String(mbi);
    }

    /** Birth dates are not kept per member: no rule compares them across claims. */
    private LocalDate birthDate() {
        return LocalDate.of(1935, 1, 1).plusDays(random.nextInt(365 * 40));
    }

    private LocalDate serviceDate() {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    // building lines and claims

    private record Provider(String npi, String taxonomy, String billingNpi, boolean minutes, String network) {
    }

    private static ClaimLine line(int number, LocalDate date, String code, List<String> modifiers, int units,
            Integer minutes, Money charge, Provider rendering, String supervising, String referring, Indicator planOfCare) {
        return new ClaimLine(number, 0, date, "11", ProcedureCode.of(code), modifiers.stream().map(Modifier::of).toList(),
                units, minutes, charge, List.of(), Npi.of(rendering.npi()), Taxonomy.of(rendering.taxonomy()),
                supervising == null ? null : Npi.of(supervising), referring == null ? null : Npi.of(referring),
                Npi.of(rendering.billingNpi()), planOfCare, Indicator.NOT_GIVEN, Indicator.NOT_GIVEN);
    }

    private static Money charge(String code, int units) {
        long cents = switch (code) {
            case "97110", "97140", "97124" -> 4500;
            case "97112" -> 4800;
            case "97116" -> 4200;
            case "97012" -> 3000;
            default -> 5000;
        };
        return Money.ofCents(cents * units);
    }

    private static Claim claim(String claimId, Payer payer, String[] diagnoses, List<ClaimLine> lines) {
        List<DiagnosisCode> codes = new ArrayList<>();
        for (String diagnosis : diagnoses) {
            codes.add(DiagnosisCode.of(diagnosis));
        }
        return new Claim(claimId, null, MemberId.of(payer.memberId()), payer.birthDate(), payer.type(),
                payer.payerId(), payer.planId(), codes, lines, initialTreatment(lines));
    }

    /**
     * Chiropractic claims start their course of treatment two weeks before their first line, so the 837P
     * (which has the field, DTP*454) finds what the CSV (which has no column for it) does.
     */
    private static ReportedDate initialTreatment(List<ClaimLine> lines) {
        LocalDate first = null;
        boolean chiropractic = false;
        for (ClaimLine line : lines) {
            chiropractic |= line.procedureCode().value().startsWith("9894");
            first = first == null || line.serviceDate().isBefore(first) ? line.serviceDate() : first;
        }
        return chiropractic ? ReportedDate.of(first.minusDays(14)) : ReportedDate.NOT_CARRIED;
    }

    /** The payer type as the export writes it: X12 codes for half the claims, names for the others. */
    static String payerTypeText(Claim claim) {
        boolean x12 = (claim.claimId().charAt(claim.claimId().length() - 1) & 1) == 0;
        return switch (claim.payerType()) {
            case ORIGINAL_MEDICARE -> x12 ? "MB" : "ORIGINAL_MEDICARE";
            case MEDICARE_ADVANTAGE -> x12 ? "16" : "MEDICARE_ADVANTAGE";
            case COMMERCIAL -> claim.payerId().equals("GHC01") ? "CI" : claim.payerId().equals("BLTX1") ? "BL" : "COMMERCIAL";
            default -> claim.payerType().name();
        };
    }

    static void csvRow(Claim claim, ClaimLine line, String payerType, StringBuilder row) {
        row.append(claim.claimId()).append(',')
                .append(line.lineNumber()).append(',')
                .append(claim.memberId().value()).append(',')
                .append(claim.birthDate() == null ? "" : claim.birthDate().toString()).append(',')
                .append(payerType).append(',')
                .append(text(claim.payerId())).append(',')
                .append(text(claim.planId())).append(',')
                .append(line.serviceDate()).append(',')
                .append(text(line.placeOfService())).append(',')
                .append(line.procedureCode().value()).append(',')
                .append(line.modifiersText()).append(',')
                .append(line.units()).append(',')
                .append(line.minutes() == null ? "" : line.minutes().toString()).append(',')
                .append(line.charge()).append(',');
        for (int i = 0; i < claim.diagnoses().size(); i++) {
            row.append(i == 0 ? "" : ";").append(claim.diagnoses().get(i));
        }
        row.append(',')
                .append(',') // diagnosis_pointers: every line points to all of the claim's diagnoses
                .append(line.renderingNpi().value()).append(',')
                .append(line.renderingTaxonomy().value()).append(',')
                .append(npi(line.supervisingNpi())).append(',')
                .append(npi(line.referringNpi())).append(',')
                .append(npi(line.billingNpi())).append(',')
                .append(line.planOfCare().code()).append(',')
                .append(line.abnOnFile().code()).append(',')
                .append(line.lmnOnFile().code()).append('\n');
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String npi(Npi npi) {
        return npi == null ? "" : npi.value();
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Scenario[] wheel() {
        List<Scenario> wheel = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            for (int i = 0; i < scenario.weight; i++) {
                wheel.add(scenario);
            }
        }
        if (wheel.size() != 100) {
            throw new IllegalStateException("scenario weights must add up to 100, not " + wheel.size());
        }
        return wheel.toArray(Scenario[]::new);
    }

}
