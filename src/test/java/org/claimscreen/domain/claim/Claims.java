package org.claimscreen.domain.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Object mother for claims: every builder starts valid (an Original Medicare claim with a valid
 * MBI, a PT's line with GP, a plan of care and a referring provider, NPIs that pass the check
 * digit), so a test states only what its scenario is about.
 */
public final class Claims {

    public static final String MBI = "1EG4TE5MK73";
    public static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    public static final LocalDate NEXT_DAY = DAY.plusDays(1);

    /** NPIs that pass the Luhn check with the 80840 prefix. */
    public static final String RENDERING_NPI = "1234567893";
    public static final String SUPERVISING_NPI = "1558598797";
    public static final String REFERRING_NPI = "1245319599";
    public static final String BILLING_NPI = "1003000126";
    public static final String OTHER_NPI = "1114025228";
    /** Ten digits starting with 1, but the check digit is wrong (1234567893 is right). */
    public static final String BAD_CHECK_DIGIT_NPI = "1234567890";

    public static final String MASSAGE_THERAPIST = "225700000X";
    public static final String PHYSICAL_THERAPIST = "225100000X";
    public static final String PHYSICAL_THERAPIST_ASSISTANT = "225200000X";
    public static final String OCCUPATIONAL_THERAPIST = "225X00000X";
    public static final String OCCUPATIONAL_THERAPIST_ASSISTANT = "224Z00000X";
    public static final String CHIROPRACTOR = "111N00000X";
    public static final String PHYSICIAN = "207Q00000X";
    public static final String NURSE_PRACTITIONER = "363L00000X";
    public static final String ACUPUNCTURIST = "171100000X";

    private Claims() {
    }

    public static ClaimBuilder originalMedicare() {
        return new ClaimBuilder();
    }

    public static ClaimBuilder payer(PayerType payerType) {
        ClaimBuilder claim = new ClaimBuilder().payerType(payerType);
        return payerType == PayerType.ORIGINAL_MEDICARE ? claim : claim.memberId("XYZ123456789");
    }

    /** A PT's line with GP, plan of care and a referring provider: what Medicare pays. */
    public static LineBuilder line(String code) {
        return new LineBuilder(code);
    }

    /** 97124 by a massage therapist on their own: no supervisor, modifier, plan of care or referrer. */
    public static LineBuilder massageByMassageTherapist() {
        return line("97124").renderedBy(MASSAGE_THERAPIST).modifiers().planOfCare(Indicator.NOT_GIVEN)
                .referringNpi(null);
    }

    /** A provider roster entry with no Medicare Advantage networks. */
    public static RosterProvider rosterEntry(String npi, String taxonomy, boolean medicareEnrolled) {
        return new RosterProvider(Npi.of(npi), "Provider " + npi, Taxonomy.of(taxonomy), medicareEnrolled, Set.of());
    }

    /** Reference data with these providers in the roster and no plans. */
    public static ReferenceData roster(RosterProvider... providers) {
        Map<Npi, RosterProvider> byNpi = new HashMap<>();
        for (RosterProvider provider : providers) {
            byNpi.put(provider.npi(), provider);
        }
        return new ReferenceData(Map.of(), byNpi);
    }

    /** One line alone on an Original Medicare claim. */
    public static Claim claimWith(LineBuilder... lines) {
        return originalMedicare().lines(lines).build();
    }

    public static final class ClaimBuilder {

        private String claimId = "CLM-1";
        private String memberId = MBI;
        private PayerType payerType = PayerType.ORIGINAL_MEDICARE;
        private String payerId = "04412";
        private String planId;
        private List<String> diagnoses = List.of("M62.81");
        private ReportedDate initialTreatment = ReportedDate.NOT_CARRIED;
        private final List<LineBuilder> lines = new ArrayList<>();

        public ClaimBuilder claimId(String value) {
            this.claimId = value;
            return this;
        }

        public ClaimBuilder memberId(String value) {
            this.memberId = value;
            return this;
        }

        public ClaimBuilder payerType(PayerType value) {
            this.payerType = value;
            return this;
        }

        public ClaimBuilder payerId(String value) {
            this.payerId = value;
            return this;
        }

        public ClaimBuilder planId(String value) {
            this.planId = value;
            return this;
        }

        public ClaimBuilder diagnoses(String... codes) {
            this.diagnoses = List.of(codes);
            return this;
        }

        public ClaimBuilder initialTreatment(ReportedDate value) {
            initialTreatment = value;
            return this;
        }

        public ClaimBuilder lines(LineBuilder... more) {
            lines.addAll(List.of(more));
            return this;
        }

        /** Lines are numbered 1, 2, ... in the order they were added. */
        public Claim build() {
            List<ClaimLine> built = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                built.add(lines.get(i).build(i + 1));
            }
            return new Claim(claimId, "claims.csv", MemberId.of(memberId), LocalDate.of(1950, 6, 15), payerType,
                    payerId, planId, diagnoses.stream().map(DiagnosisCode::of).toList(), built, initialTreatment);
        }
    }

    public static final class LineBuilder {

        private final String code;
        private LocalDate serviceDate = DAY;
        private List<String> modifiers = List.of("GP");
        private int units = 1;
        private Integer minutes;
        private String charge = "40.00";
        private List<Integer> pointers = List.of();
        private String renderingNpi = RENDERING_NPI;
        private String taxonomy = PHYSICAL_THERAPIST;
        private String supervisingNpi;
        private String referringNpi = REFERRING_NPI;
        private String billingNpi = BILLING_NPI;
        private Indicator planOfCare = Indicator.YES;
        private Indicator abnOnFile = Indicator.NOT_GIVEN;
        private Indicator lmnOnFile = Indicator.NOT_GIVEN;

        private LineBuilder(String code) {
            this.code = code;
        }

        public LineBuilder on(LocalDate value) {
            this.serviceDate = value;
            return this;
        }

        public LineBuilder modifiers(String... values) {
            this.modifiers = List.of(values);
            return this;
        }

        public LineBuilder units(int value) {
            this.units = value;
            return this;
        }

        public LineBuilder minutes(Integer value) {
            this.minutes = value;
            return this;
        }

        public LineBuilder charge(String value) {
            this.charge = value;
            return this;
        }

        public LineBuilder pointers(Integer... values) {
            this.pointers = List.of(values);
            return this;
        }

        public LineBuilder renderedBy(String taxonomyCode) {
            this.taxonomy = taxonomyCode;
            return this;
        }

        public LineBuilder renderingNpi(String value) {
            this.renderingNpi = value;
            return this;
        }

        public LineBuilder supervisedBy(String npi) {
            this.supervisingNpi = npi;
            return this;
        }

        public LineBuilder referringNpi(String npi) {
            this.referringNpi = npi;
            return this;
        }

        public LineBuilder billingNpi(String npi) {
            this.billingNpi = npi;
            return this;
        }

        public LineBuilder planOfCare(Indicator value) {
            this.planOfCare = value;
            return this;
        }

        public LineBuilder abn(Indicator value) {
            this.abnOnFile = value;
            return this;
        }

        public LineBuilder lmn(Indicator value) {
            this.lmnOnFile = value;
            return this;
        }

        public ClaimLine build(int lineNumber) {
            return new ClaimLine(lineNumber, lineNumber + 1L, serviceDate, "11", ProcedureCode.of(code),
                    modifiers.stream().map(Modifier::of).toList(), units, minutes, Money.of(charge), pointers,
                    Npi.of(renderingNpi), Taxonomy.of(taxonomy), npiOrNull(supervisingNpi), npiOrNull(referringNpi),
                    npiOrNull(billingNpi), planOfCare, abnOnFile, lmnOnFile);
        }

        private static Npi npiOrNull(String value) {
            return value == null ? null : Npi.of(value);
        }
    }
}
