package org.claimscreen.intake.fhir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.Taxonomy;
import org.hl7.fhir.r4.model.Claim;

/** Object mother for FHIR claims: a complete professional claim written by {@link FhirClaimWriter}. */
final class FhirClaims {

    static final String MBI = "1EG4TE5MK73";
    static final String RENDERING = "1234567893";
    static final String SUPERVISING = "1558598797";
    static final String REFERRING = "1245319599";
    static final String BILLING = "1003000126";
    static final String PT = "225100000X";
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private FhirClaims() {
    }

    /** Two lines, every field filled: MA plan, supervisor, referrer, minutes, pointers, indicators. */
    static org.claimscreen.domain.claim.Claim domainClaim() {
        ClaimLine first = new ClaimLine(1, 0, DAY, "11", ProcedureCode.of("97110"), List.of(Modifier.of("GP"),
                Modifier.of("KX")), 2, 30, Money.of("90.00"), List.of(2, 1), Npi.of(RENDERING), Taxonomy.of(PT),
                Npi.of(SUPERVISING), Npi.of(REFERRING), Npi.of(BILLING), Indicator.YES, Indicator.NO, Indicator.NOT_GIVEN);
        ClaimLine second = new ClaimLine(2, 0, DAY.plusDays(3), "02", ProcedureCode.of("G0283"), List.of(), 1, null,
                Money.of("25.50"), List.of(), Npi.of(RENDERING), Taxonomy.of(PT), null, Npi.of(REFERRING),
                Npi.of(BILLING), Indicator.YES, Indicator.NOT_GIVEN, Indicator.YES);
        return new org.claimscreen.domain.claim.Claim("C-1001", "x.ndjson", MemberId.of(MBI), LocalDate.of(1948, 3, 14),
                PayerType.MEDICARE_ADVANTAGE, "LSHP1", "H1234-001",
                List.of(DiagnosisCode.of("M54.50"), DiagnosisCode.of("M62.81")), List.of(first, second));
    }

    /** The complete claim as a fresh R4 resource, for tests to change one thing in. */
    static Claim claim() {
        return FhirClaimWriter.toFhir(domainClaim());
    }

    static String json(Claim claim) {
        return ParserPolicy.STRICT.jsonParser().encodeResourceToString(claim);
    }

    static String xml(Claim claim) {
        return ParserPolicy.STRICT.xmlParser().encodeResourceToString(claim);
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
