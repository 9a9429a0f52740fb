package org.claimscreen.intake.fhir;

import static org.claimscreen.intake.fhir.FhirSystems.CARE_TEAM_ROLE;
import static org.claimscreen.intake.fhir.FhirSystems.CARIN_CARE_TEAM_ROLE;
import static org.claimscreen.intake.fhir.FhirSystems.CLAIM_ID;
import static org.claimscreen.intake.fhir.FhirSystems.CLAIM_TYPE;
import static org.claimscreen.intake.fhir.FhirSystems.COVERAGE_CLASS;
import static org.claimscreen.intake.fhir.FhirSystems.CPT;
import static org.claimscreen.intake.fhir.FhirSystems.HCPCS;
import static org.claimscreen.intake.fhir.FhirSystems.ICD10CM;
import static org.claimscreen.intake.fhir.FhirSystems.INFO_CATEGORY;
import static org.claimscreen.intake.fhir.FhirSystems.MBI;
import static org.claimscreen.intake.fhir.FhirSystems.NPI;
import static org.claimscreen.intake.fhir.FhirSystems.NUCC;
import static org.claimscreen.intake.fhir.FhirSystems.PAYER_ID;
import static org.claimscreen.intake.fhir.FhirSystems.PLACE_OF_SERVICE;
import static org.claimscreen.intake.fhir.FhirSystems.SCREENING_INFO;
import static org.claimscreen.intake.fhir.FhirSystems.SOPT;
import static org.claimscreen.intake.fhir.FhirSystems.TREATMENT_MINUTES;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.claimscreen.domain.claim.Claim;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * Writes a domain {@link Claim} as a FHIR R4 {@code Claim} that {@link FhirClaimMapper} reads back
 * into equal rows: the Patient, the Coverage (SOPT type, MBI identifier or subscriberId, plan
 * class, payer id on the payor) and the Practitioners (NPI, NUCC qualification) are contained,
 * items point at their care team, diagnoses and screening-info entries by sequence.
 *
 * <p>For sample data and tests; a FHIR Claim carries one billing provider, so every line of the
 * claim must have the same billing NPI.
 */
public final class FhirClaimWriter {

    private FhirClaimWriter() {
    }

    /** The R4 resource for {@code claim}. */
    public static org.hl7.fhir.r4.model.Claim toFhir(Claim claim) {
        org.hl7.fhir.r4.model.Claim fhir = new org.hl7.fhir.r4.model.Claim();
        if (claim.claimId().matches("[A-Za-z0-9\\-.]{1,64}")) {
            fhir.setId(claim.claimId());
        }
        fhir.addIdentifier(new Identifier().setSystem(CLAIM_ID).setValue(claim.claimId()));
        fhir.setStatus(org.hl7.fhir.r4.model.Claim.ClaimStatus.ACTIVE);
        fhir.setType(concept(CLAIM_TYPE, "professional", null));
        fhir.setUse(org.hl7.fhir.r4.model.Claim.Use.CLAIM);
        fhir.setPriority(concept("http://terminology.hl7.org/CodeSystem/processpriority", "normal", null));
        LocalDate created = claim.lines().stream().map(ClaimLine::serviceDate).max(LocalDate::compareTo).orElseThrow();
        fhir.setCreatedElement(new org.hl7.fhir.r4.model.DateTimeType(created.toString()));

        Patient patient = new Patient();
        patient.setId("patient");
        if (claim.birthDate() != null) {
            patient.setBirthDateElement(new DateType(claim.birthDate().toString()));
        }
        fhir.addContained(patient);
        fhir.setPatient(new Reference("#patient"));

        fhir.addContained(coverage(claim));
        fhir.addInsurance().setSequence(1).setFocal(true).setCoverage(new Reference("#coverage"));

        Npi billing = billing(claim);
        if (billing != null) {
            fhir.setProvider(npiReference(billing, "Organization"));
        }

        for (int i = 0; i < claim.diagnoses().size(); i++) {
            DiagnosisCode code = claim.diagnoses().get(i);
            fhir.addDiagnosis().setSequence(i + 1).setDiagnosis(concept(ICD10CM, code.toString(), null));
        }

        CareTeam team = new CareTeam(fhir);
        Map<String, Integer> info = new LinkedHashMap<>();
        boolean sameInfo = claim.lines().stream().map(FhirClaimWriter::indicators).distinct().count() == 1;
        for (ClaimLine line : claim.lines()) {
            org.hl7.fhir.r4.model.Claim.ItemComponent item = fhir.addItem();
            item.setSequence(line.lineNumber());
            item.addCareTeamSequence(team.sequence(line.renderingNpi(), line.renderingTaxonomy().value(),
                    CARE_TEAM_ROLE, "primary"));
            if (line.supervisingNpi() != null) {
                item.addCareTeamSequence(team.sequence(line.supervisingNpi(), null, CARE_TEAM_ROLE, "supervisor"));
            }
            if (line.referringNpi() != null) {
                item.addCareTeamSequence(team.sequence(line.referringNpi(), null, CARIN_CARE_TEAM_ROLE, "referring"));
            }
            for (int pointer : line.diagnosisPointers()) {
                item.addDiagnosisSequence(pointer);
            }
            String code = line.procedureCode().value();
            item.setProductOrService(concept(code.chars().allMatch(Character::isDigit) ? CPT : HCPCS, code, null));
            for (Modifier modifier : line.modifiers()) {
                item.addModifier(concept(null, modifier.value(), null));
            }
            item.setServiced(new DateType(line.serviceDate().toString()));
            if (line.placeOfService() != null) {
                item.setLocation(concept(PLACE_OF_SERVICE, line.placeOfService(), null));
            }
            item.setQuantity(new Quantity().setValue(line.units()));
            item.setNet(new Money().setValue(line.charge().toBigDecimal()).setCurrency("USD"));
            if (line.minutes() != null) {
                item.addExtension(TREATMENT_MINUTES, new IntegerType(line.minutes()));
            }
            info(fhir, item, "plan-of-care", line.planOfCare(), info, sameInfo);
            info(fhir, item, "abn-on-file", line.abnOnFile(), info, sameInfo);
            info(fhir, item, "lmn-on-file", line.lmnOnFile(), info, sameInfo);
        }
        return fhir;
    }

    /** One line of JSON, as an NDJSON file holds it. */
    public static String toJson(Claim claim) {
        return Fhir.CONTEXT.newJsonParser().setPrettyPrint(false).encodeResourceToString(toFhir(claim));
    }

    /** Writes one Claim per line. */
    public static void writeNdjson(List<Claim> claims, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Claim claim : claims) {
                out.write(toJson(claim));
                out.write('\n');
            }
        }
    }

    private static Coverage coverage(Claim claim) {
        Coverage coverage = new Coverage();
        coverage.setId("coverage");
        coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
        String[] sopt = sopt(claim.payerType());
        coverage.setType(concept(SOPT, sopt[0], sopt[1]));
        if (claim.memberId().isMbi()) {
            coverage.addIdentifier(new Identifier().setSystem(MBI).setValue(claim.memberId().value()));
        } else {
            coverage.setSubscriberId(claim.memberId().value());
        }
        coverage.setBeneficiary(new Reference("#patient"));
        if (claim.payerId() != null) {
            coverage.addPayor(new Reference().setIdentifier(new Identifier().setSystem(PAYER_ID).setValue(claim.payerId())));
        } else {
            coverage.addPayor(new Reference("#patient")); // self-pay: the patient pays
        }
        if (claim.planId() != null) {
            coverage.addClass_().setType(concept(COVERAGE_CLASS, "plan", null)).setValue(claim.planId());
        }
        return coverage;
    }

    /** A SOPT code that {@link FhirClaimMapper#sopt} reads back as the same payer type, and its name. */
    static String[] sopt(PayerType type) {
        return switch (type) {
            case ORIGINAL_MEDICARE -> new String[] {"121", "Medicare FFS"};
            case MEDICARE_ADVANTAGE -> new String[] {"11", "Medicare Managed Care (Part C)"};
            case MEDICAID -> new String[] {"2", "Medicaid"};
            case COMMERCIAL -> new String[] {"5", "Private Health Insurance"};
            case SELF_PAY -> new String[] {"81", "Self-pay"};
            case OTHER -> new String[] {"9", "Miscellaneous/Other"};
        };
    }

    private static Npi billing(Claim claim) {
        Npi billing = claim.lines().get(0).billingNpi();
        for (ClaimLine line : claim.lines()) {
            if (!Objects.equals(billing, line.billingNpi())) {
                throw new IllegalArgumentException("claim " + claim.claimId()
                        + " has more than one billing NPI; a FHIR Claim has one provider");
            }
        }
        return billing;
    }

    private static List<Indicator> indicators(ClaimLine line) {
        return List.of(line.planOfCare(), line.abnOnFile(), line.lmnOnFile());
    }

    /**
     * When every line says the same, the entries apply to all (no item lists them); otherwise each
     * item lists its own, and a line with none of them lists nothing.
     */
    private static void info(org.hl7.fhir.r4.model.Claim fhir, org.hl7.fhir.r4.model.Claim.ItemComponent item,
            String code, Indicator value, Map<String, Integer> written, boolean sameInfo) {
        if (value == Indicator.NOT_GIVEN) {
            return;
        }
        String key = code + "=" + value;
        Integer sequence = written.get(key);
        if (sequence == null) {
            sequence = fhir.getSupportingInfo().size() + 1;
            fhir.addSupportingInfo().setSequence(sequence).setCategory(concept(INFO_CATEGORY, "info", null))
                    .setCode(concept(SCREENING_INFO, code, null)).setValue(new BooleanType(value.isYes()));
            written.put(key, sequence);
        }
        if (!sameInfo) {
            item.addInformationSequence(sequence);
        }
    }

    /** Care team entries, one per provider and role, each backed by a contained Practitioner. */
    private static final class CareTeam {

        private final org.hl7.fhir.r4.model.Claim fhir;
        private final Map<String, Integer> sequences = new LinkedHashMap<>();
        private final Map<String, Practitioner> practitioners = new LinkedHashMap<>();

        CareTeam(org.hl7.fhir.r4.model.Claim fhir) {
            this.fhir = fhir;
        }

        int sequence(Npi npi, String taxonomy, String roleSystem, String role) {
            String key = npi.value() + "|" + taxonomy + "|" + role;
            Integer sequence = sequences.get(key);
            if (sequence != null) {
                return sequence;
            }
            Practitioner practitioner = practitioners.get(npi.value());
            if (practitioner == null) {
                practitioner = new Practitioner();
                practitioner.setId("pr-" + npi.value());
                practitioner.addIdentifier(new Identifier().setSystem(NPI).setValue(npi.value()));
                fhir.addContained(practitioner);
                practitioners.put(npi.value(), practitioner);
            }
            if (taxonomy != null && practitioner.getQualification().stream()
                    .noneMatch(q -> q.getCode().getCodingFirstRep().getCode().equals(taxonomy))) {
                practitioner.addQualification().setCode(concept(NUCC, taxonomy, null));
            }
            sequence = fhir.getCareTeam().size() + 1;
            org.hl7.fhir.r4.model.Claim.CareTeamComponent member = fhir.addCareTeam().setSequence(sequence)
                    .setProvider(new Reference("#pr-" + npi.value()))
                    .setRole(concept(roleSystem, role, null));
            if (taxonomy != null) {
                member.setQualification(concept(NUCC, taxonomy, null));
            }
            sequences.put(key, sequence);
            return sequence;
        }
    }

    private static Reference npiReference(Npi npi, String type) {
        return new Reference().setType(type).setIdentifier(new Identifier().setSystem(NPI).setValue(npi.value()));
    }

    private static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept().addCoding(new Coding().setSystem(system).setCode(code).setDisplay(display));
    }

}
