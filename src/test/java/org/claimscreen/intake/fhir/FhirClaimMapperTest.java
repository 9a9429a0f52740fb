package org.claimscreen.intake.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimscreen.intake.fhir.FhirClaims.BILLING;
import static org.claimscreen.intake.fhir.FhirClaims.DAY;
import static org.claimscreen.intake.fhir.FhirClaims.MBI;
import static org.claimscreen.intake.fhir.FhirClaims.REFERRING;
import static org.claimscreen.intake.fhir.FhirClaims.RENDERING;
import static org.claimscreen.intake.fhir.FhirClaims.SUPERVISING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.intake.Reject;
import org.claimscreen.intake.fhir.FhirClaimFile.Result;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/** Each field of docs/fhir-mapping.md, first source and fallbacks. */
class FhirClaimMapperTest {

    private final FhirClaimMapper mapper = new FhirClaimMapper("claims.ndjson");

    @Test
    void mapsEveryFieldOfACompleteClaim() {
        // given
        Claim claim = FhirClaims.claim();

        // when
        List<ClaimRow> rows = rows(claim);

        // then
        ClaimRow first = rows.get(0);
        assertThat(first.sourceFile()).isEqualTo("claims.ndjson");
        assertThat(first.claimId()).isEqualTo("C-1001");
        assertThat(first.memberId()).isEqualTo(MemberId.of(MBI));
        assertThat(first.birthDate()).isEqualTo(LocalDate.of(1948, 3, 14));
        assertThat(first.payerType()).isEqualTo(PayerType.MEDICARE_ADVANTAGE);
        assertThat(first.payerId()).isEqualTo("LSHP1");
        assertThat(first.planId()).isEqualTo("H1234-001");
        assertThat(first.diagnoses()).containsExactly(DiagnosisCode.of("M54.50"), DiagnosisCode.of("M62.81"));
        assertThat(first.line()).isEqualTo(new ClaimLine(1, 7, DAY, "11", ProcedureCode.of("97110"),
                List.of(Modifier.of("GP"), Modifier.of("KX")), 2, 30, Money.of("90.00"), List.of(2, 1),
                Npi.of(RENDERING), Taxonomy.of("225100000X"), Npi.of(SUPERVISING), Npi.of(REFERRING), Npi.of(BILLING),
                Indicator.YES, Indicator.NO, Indicator.NOT_GIVEN));
        ClaimLine second = rows.get(1).line();
        assertThat(second.procedureCode()).isEqualTo(ProcedureCode.of("G0283"));
        assertThat(second.placeOfService()).isEqualTo("02");
        assertThat(second.minutes()).isNull();
        assertThat(second.supervisingNpi()).isNull();
        assertThat(second.diagnosisPointers()).isEmpty();
        assertThat(second.lmnOnFile()).isEqualTo(Indicator.YES);
        assertThat(second.abnOnFile()).isEqualTo(Indicator.NOT_GIVEN);
    }

    @Test
    void claimIdFallsBackToTheResourceId() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getIdentifier().clear();
        claim.setId("RES-7");

        // when / then
        assertThat(rows(claim).get(0).claimId()).isEqualTo("RES-7");
    }

    @Test
    void memberIdFallsBackToSubscriberId() {
        // given
        Claim claim = FhirClaims.claim();
        coverage(claim).getIdentifier().clear();
        coverage(claim).setSubscriberId("W123456789");

        // when / then
        assertThat(rows(claim).get(0).memberId()).isEqualTo(MemberId.of("W123456789"));
    }

    @Test
    void memberIdFallsBackToThePatientsMbi() {
        // given
        Claim claim = FhirClaims.claim();
        coverage(claim).getIdentifier().clear();
        patient(claim).addIdentifier(new Identifier().setSystem(FhirSystems.MBI).setValue("2MU5MK1VV22"));

        // when / then
        assertThat(rows(claim).get(0).memberId()).isEqualTo(MemberId.of("2MU5MK1VV22"));
    }

    @Test
    void memberIdFallsBackToAnyCoverageIdentifier() {
        // given
        Claim claim = FhirClaims.claim();
        coverage(claim).getIdentifier().clear();
        coverage(claim).addIdentifier(new Identifier().setSystem("urn:plan:members").setValue("PCA000111"));

        // when / then
        assertThat(rows(claim).get(0).memberId()).isEqualTo(MemberId.of("PCA000111"));
    }

    @Test
    void rejectsAClaimWithNoMemberIdAtAll() {
        // given
        Claim claim = FhirClaims.claim();
        coverage(claim).getIdentifier().clear();

        // when
        Reject reject = rejected(claim);

        // then
        assertThat(reject.column()).isEqualTo("Claim.insurance.coverage");
        assertThat(reject.reason()).startsWith("no member id");
        assertThat(reject.claimId()).isEqualTo("C-1001");
        assertThat(reject.line()).isEqualTo(7);
    }

    @Test
    void readsThePayerTypeFromSourceOfPaymentTypology() {
        assertThat(FhirClaimMapper.sopt("1")).isEqualTo(PayerType.ORIGINAL_MEDICARE);
        assertThat(FhirClaimMapper.sopt("121")).isEqualTo(PayerType.ORIGINAL_MEDICARE);
        assertThat(FhirClaimMapper.sopt("111")).isEqualTo(PayerType.MEDICARE_ADVANTAGE);
        assertThat(FhirClaimMapper.sopt("21")).isEqualTo(PayerType.MEDICAID);
        assertThat(FhirClaimMapper.sopt("5")).isEqualTo(PayerType.COMMERCIAL);
        assertThat(FhirClaimMapper.sopt("62")).isEqualTo(PayerType.COMMERCIAL);
        assertThat(FhirClaimMapper.sopt("81")).isEqualTo(PayerType.SELF_PAY);
        assertThat(FhirClaimMapper.sopt("3")).isNull();
    }

    @Test
    void readsThePayerTypeFromWordsWhenThereIsNoSoptCode() {
        // given
        Claim claim = FhirClaims.claim();
        coverage(claim).setType(new CodeableConcept().setText("Medicare Part B"));

        // when / then
        assertThat(rows(claim).get(0).payerType()).isEqualTo(PayerType.ORIGINAL_MEDICARE);
        assertThat(FhirClaimMapper.words("Humana Medicare Advantage PPO")).isEqualTo(PayerType.MEDICARE_ADVANTAGE);
        assertThat(FhirClaimMapper.words("Part C")).isEqualTo(PayerType.MEDICARE_ADVANTAGE);
    }

    @Test
    void payerTypeIsOtherWhenNothingSaysWhoPays() {
        // given
        Claim claim = FhirClaims.claim();
        coverage(claim).setType(null);

        // when / then
        assertThat(rows(claim).get(0).payerType()).isEqualTo(PayerType.OTHER);
    }

    @Test
    void planIdFallsBackToTheGroupClass() {
        // given
        Claim claim = FhirClaims.claim();
        Coverage.ClassComponent plan = coverage(claim).getClass_().get(0);
        plan.getType().getCodingFirstRep().setCode("group");

        // when / then
        assertThat(rows(claim).get(0).planId()).isEqualTo("H1234-001");
    }

    @Test
    void rejectsMedicareAdvantageWithoutAPlan() {
        // given
        Claim claim = FhirClaims.claim();
        coverage(claim).getClass_().clear();

        // when / then
        assertThat(rejected(claim).column()).isEqualTo("Coverage.class");
    }

    @Test
    void serviceDateFallsBackToServicedPeriodThenBillablePeriod() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getItem().get(0).setServiced(new Period().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2026-10-01")));
        claim.getItem().get(1).setServiced(null);
        claim.setBillablePeriod(new Period().setStartElement(new org.hl7.fhir.r4.model.DateTimeType("2026-10-05")));

        // when
        List<ClaimRow> rows = rows(claim);

        // then
        assertThat(rows.get(0).line().serviceDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(rows.get(1).line().serviceDate()).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void procedureCodePrefersCptOrHcpcsOverTheFirstCoding() {
        // given
        Claim claim = FhirClaims.claim();
        CodeableConcept service = new CodeableConcept();
        service.addCoding(new Coding("http://example.org/local", "PT-EX", null));
        service.addCoding(new Coding(FhirSystems.HCPCS_OID, "97112", null));
        claim.getItem().get(0).setProductOrService(service);

        // when / then
        assertThat(rows(claim).get(0).line().procedureCode()).isEqualTo(ProcedureCode.of("97112"));
    }

    @Test
    void unitsDefaultToOne() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getItem().get(1).setQuantity(null);

        // when / then
        assertThat(rows(claim).get(1).line().units()).isEqualTo(1);
    }

    @Test
    void rejectsAFractionalQuantity() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getItem().get(0).setQuantity(new Quantity().setValue(new BigDecimal("1.5")));

        // when
        Reject reject = rejected(claim);

        // then
        assertThat(reject.column()).isEqualTo("Claim.item[0].quantity");
        assertThat(reject.reason()).contains("1.5", "whole number");
    }

    @Test
    void chargeFallsBackToUnitPriceTimesQuantity() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getItem().get(0).setNet(null);
        claim.getItem().get(0).setUnitPrice(new org.hl7.fhir.r4.model.Money().setValue(new BigDecimal("45.25")));

        // when / then
        assertThat(rows(claim).get(0).line().charge()).isEqualTo(Money.of("90.50"));
    }

    @Test
    void diagnosesFollowTheirSequenceAndPointersFollowTheDiagnoses() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getDiagnosis().get(0).setSequence(5); // M54.50 now comes after M62.81 (sequence 2)
        claim.getItem().get(0).getDiagnosisSequence().clear();
        claim.getItem().get(0).addDiagnosisSequence(5);

        // when
        List<ClaimRow> rows = rows(claim);

        // then
        assertThat(rows.get(0).diagnoses()).containsExactly(DiagnosisCode.of("M62.81"), DiagnosisCode.of("M54.50"));
        assertThat(rows.get(0).line().diagnosisPointers()).containsExactly(2);
    }

    @Test
    void rejectsAPointerToNoDiagnosis() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getItem().get(1).addDiagnosisSequence(9);

        // when / then
        assertThat(rejected(claim).column()).isEqualTo("Claim.item[1].diagnosisSequence");
    }

    @Test
    void renderingProviderFromCarinRoleWithTaxonomyFromPractitionerRole() {
        // given
        Claim claim = FhirClaims.claim();
        PractitionerRole role = new PractitionerRole();
        role.setId("role-1");
        role.setPractitioner(new Reference("#pr-" + RENDERING));
        role.addSpecialty(new CodeableConcept().addCoding(new Coding(FhirSystems.NUCC, "225200000X", null)));
        claim.addContained(role);
        Claim.CareTeamComponent rendering = claim.getCareTeam().get(0);
        rendering.setProvider(new Reference("#role-1"));
        rendering.setQualification(null);
        rendering.setRole(new CodeableConcept().addCoding(new Coding(FhirSystems.CARIN_CARE_TEAM_ROLE, "performing", null)));

        // when
        ClaimLine line = rows(claim).get(0).line();

        // then
        assertThat(line.renderingNpi()).isEqualTo(Npi.of(RENDERING));
        assertThat(line.renderingTaxonomy()).isEqualTo(Taxonomy.of("225200000X"));
    }

    @Test
    void taxonomyFallsBackToThePractitionersQualification() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getCareTeam().get(0).setQualification(null);

        // when / then
        assertThat(rows(claim).get(0).line().renderingTaxonomy()).isEqualTo(Taxonomy.of("225100000X"));
    }

    @Test
    void npiMayStandOnTheReferenceItself() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getCareTeam().get(0).setProvider(new Reference().setIdentifier(
                new Identifier().setSystem(FhirSystems.NPI).setValue("1114025228")));

        // when / then
        assertThat(rows(claim).get(0).line().renderingNpi()).isEqualTo(Npi.of("1114025228"));
    }

    @Test
    void referringFallsBackToTheReferralsRequester() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getCareTeam().removeIf(member -> member.getRole().getCodingFirstRep().getCode().equals("referring"));
        claim.getItem().forEach(item -> item.getCareTeamSequence().removeIf(seq -> seq.getValue() > 2));
        ServiceRequest referral = new ServiceRequest();
        referral.setId("referral");
        referral.setRequester(new Reference().setIdentifier(new Identifier().setSystem(FhirSystems.NPI).setValue("1288948767")));
        claim.addContained(referral);
        claim.setReferral(new Reference("#referral"));

        // when / then
        assertThat(rows(claim).get(1).line().referringNpi()).isEqualTo(Npi.of("1288948767"));
    }

    @Test
    void claimLevelScreeningInfoAppliesToEveryLineWhenNoItemListsAny() {
        // given
        Claim claim = FhirClaims.claim();
        claim.getItem().forEach(item -> item.getInformationSequence().clear());
        claim.getSupportingInfo().clear();
        claim.addSupportingInfo().setSequence(1)
                .setCategory(new CodeableConcept().addCoding(new Coding(FhirSystems.INFO_CATEGORY, "info", null)))
                .setCode(new CodeableConcept().addCoding(new Coding(FhirSystems.SCREENING_INFO, "abn-on-file", null)))
                .setValue(new BooleanType(true));

        // when / then
        assertThat(rows(claim)).allSatisfy(row -> assertThat(row.line().abnOnFile()).isEqualTo(Indicator.YES));
    }

    @Test
    void rejectsALineWithoutProcedureCode() {
        Claim claim = FhirClaims.claim();
        claim.getItem().get(1).setProductOrService(new CodeableConcept().setText("therapy"));
        assertThat(rejected(claim).column()).isEqualTo("Claim.item[1].productOrService");
    }

    @Test
    void rejectsALineWithoutRenderingNpi() {
        Claim claim = FhirClaims.claim();
        practitioner(claim, RENDERING).getIdentifier().clear();
        assertThat(rejected(claim).column()).isEqualTo("Claim.careTeam[0].provider");
    }

    @Test
    void rejectsALineWithoutTaxonomy() {
        Claim claim = FhirClaims.claim();
        claim.getCareTeam().get(0).setQualification(null);
        practitioner(claim, RENDERING).getQualification().clear();
        assertThat(rejected(claim).column()).isEqualTo("Claim.careTeam[0].qualification");
    }

    @Test
    void rejectsALineWithoutDate() {
        Claim claim = FhirClaims.claim();
        claim.getItem().get(0).setServiced(null);
        assertThat(rejected(claim).column()).isEqualTo("Claim.item[0].servicedDate");
    }

    @Test
    void rejectsALineWithoutCharge() {
        Claim claim = FhirClaims.claim();
        claim.getItem().get(0).setNet(null);
        assertThat(rejected(claim).column()).isEqualTo("Claim.item[0].net");
    }

    @Test
    void rejectsAValueTheDomainRefusesNamingTheFhirPath() {
        Claim claim = FhirClaims.claim();
        claim.getDiagnosis().get(1).getDiagnosisCodeableConcept().getCodingFirstRep().setCode("NOT-ICD");
        Reject reject = rejected(claim);
        assertThat(reject.column()).isEqualTo("Claim.diagnosis[1].diagnosisCodeableConcept");
        assertThat(reject.reason()).contains("'NOT-ICD' is not an ICD-10-CM code");
    }

    @Test
    void anUnresolvableReferenceOnlyLosesItsFields() {
        // given
        Claim claim = FhirClaims.claim();
        claim.setPatient(new Reference("Patient/nowhere"));

        // when
        List<ClaimRow> rows = rows(claim);

        // then
        assertThat(rows.get(0).birthDate()).isNull();
        assertThat(rows.get(0).memberId()).isEqualTo(MemberId.of(MBI));
    }

    @Test
    void institutionalClaimsAreNotScreened() {
        Claim claim = FhirClaims.claim();
        claim.getType().getCodingFirstRep().setCode("institutional");
        assertThat(notScreened(claim).reason()).isEqualTo("Claim.type is institutional; only professional claims are screened");
    }

    @Test
    void preauthorizationsAreNotScreened() {
        Claim claim = FhirClaims.claim();
        claim.setUse(Claim.Use.PREAUTHORIZATION);
        assertThat(notScreened(claim).reason()).startsWith("Claim.use is preauthorization");
    }

    @Test
    void draftClaimsAreNotScreened() {
        Claim claim = FhirClaims.claim();
        claim.setStatus(Claim.ClaimStatus.DRAFT);
        assertThat(notScreened(claim).reason()).startsWith("Claim.status is draft");
        assertThat(notScreened(claim).claimId()).isEqualTo("C-1001");
    }

    @Test
    void aClaimRelatedAsPriorReplacesIt() {
        // given a corrected claim naming the claim it replaces, once by identifier and once by reference
        Claim claim = FhirClaims.claim();
        claim.addRelated().setClaim(new Reference().setIdentifier(new Identifier().setValue("C-0999")))
                .setRelationship(new CodeableConcept(new Coding(FhirSystems.RELATED_CLAIM_RELATIONSHIP, "prior", null)));
        claim.addRelated().setClaim(new Reference("Claim/C-0998"))
                .setRelationship(new CodeableConcept(new Coding(null, "prior", null)));
        // and one merely associated with it, which replaces nothing
        claim.addRelated().setClaim(new Reference("Claim/C-0997"))
                .setRelationship(new CodeableConcept(new Coding(FhirSystems.RELATED_CLAIM_RELATIONSHIP, "associated", null)));

        // when
        Result result = mapper.map(claim, ReferenceResolver.containedOnly(), 7, "line 7");

        // then
        assertThat(result).isInstanceOfSatisfying(Result.Screenable.class,
                screenable -> assertThat(screenable.replaces()).containsExactly("C-0999", "C-0998"));
    }

    @Test
    void aClaimWithoutRelatedClaimsReplacesNothing() {
        Result result = mapper.map(FhirClaims.claim(), ReferenceResolver.containedOnly(), 7, "line 7");

        assertThat(result).isInstanceOfSatisfying(Result.Screenable.class,
                screenable -> assertThat(screenable.replaces()).isEmpty());
    }

    @Test
    void aCancelledClaimVoidsItselfAndWhatItReplaces() {
        // given a claim withdrawn by the provider, naming a prior claim
        Claim claim = FhirClaims.claim();
        claim.setStatus(Claim.ClaimStatus.CANCELLED);
        claim.addRelated().setClaim(new Reference("Claim/C-0999"))
                .setRelationship(new CodeableConcept(new Coding(null, "prior", null)));

        // then it is not screened, and no history counts either claim's earlier versions
        assertThat(notScreened(claim).voids()).containsExactly("C-1001", "C-0999");
    }

    @Test
    void anEnteredInErrorClaimVoidsItselfButADraftVoidsNothing() {
        Claim claim = FhirClaims.claim();
        claim.setStatus(Claim.ClaimStatus.ENTEREDINERROR);
        assertThat(notScreened(claim).voids()).containsExactly("C-1001");

        claim.setStatus(Claim.ClaimStatus.DRAFT);
        assertThat(notScreened(claim).voids()).isEmpty();
    }

    private List<ClaimRow> rows(Claim claim) {
        Result result = mapper.map(claim, ReferenceResolver.containedOnly(), 7, "line 7");
        assertThat(result).isInstanceOf(Result.Screenable.class);
        return FhirSampleData.asRows(((Result.Screenable) result).claim());
    }

    private Reject rejected(Claim claim) {
        Result result = mapper.map(claim, ReferenceResolver.containedOnly(), 7, "line 7");
        assertThat(result).isInstanceOf(Result.Rejected.class);
        return ((Result.Rejected) result).reject();
    }

    private Result.NotScreened notScreened(Claim claim) {
        Result result = mapper.map(claim, ReferenceResolver.containedOnly(), 7, "line 7");
        assertThat(result).isInstanceOf(Result.NotScreened.class);
        return (Result.NotScreened) result;
    }

    private static Coverage coverage(Claim claim) {
        return (Coverage) contained(claim, "coverage");
    }

    private static Patient patient(Claim claim) {
        return (Patient) contained(claim, "patient");
    }

    private static Practitioner practitioner(Claim claim, String npi) {
        return (Practitioner) contained(claim, "pr-" + npi);
    }

    private static Resource contained(Claim claim, String id) {
        return claim.getContained().stream().filter(r -> r.getIdElement().getIdPart().equals(id)).findFirst().orElseThrow();
    }
}
