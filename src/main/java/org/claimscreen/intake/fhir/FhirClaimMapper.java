package org.claimscreen.intake.fhir;

import static org.claimscreen.intake.fhir.FhirSystems.CARE_TEAM_ROLE;
import static org.claimscreen.intake.fhir.FhirSystems.CARIN_CARE_TEAM_ROLE;
import static org.claimscreen.intake.fhir.FhirSystems.CPT;
import static org.claimscreen.intake.fhir.FhirSystems.HCPCS;
import static org.claimscreen.intake.fhir.FhirSystems.HCPCS_OID;
import static org.claimscreen.intake.fhir.FhirSystems.ICD10CM;
import static org.claimscreen.intake.fhir.FhirSystems.MBI;
import static org.claimscreen.intake.fhir.FhirSystems.NPI;
import static org.claimscreen.intake.fhir.FhirSystems.NUCC;
import static org.claimscreen.intake.fhir.FhirSystems.PLACE_OF_SERVICE;
import static org.claimscreen.intake.fhir.FhirSystems.SCREENING_INFO;
import static org.claimscreen.intake.fhir.FhirSystems.SOPT;
import static org.claimscreen.intake.fhir.FhirSystems.SOPT_OID;
import static org.claimscreen.intake.fhir.FhirSystems.TREATMENT_MINUTES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.claimscreen.domain.claim.ClaimIds;
import org.claimscreen.domain.claim.ClaimLine;
import org.claimscreen.domain.claim.ClaimRow;
import org.claimscreen.domain.claim.DiagnosisCode;
import org.claimscreen.domain.claim.Excerpt;
import org.claimscreen.domain.claim.Indicator;
import org.claimscreen.domain.claim.InvalidValueException;
import org.claimscreen.domain.claim.MemberId;
import org.claimscreen.domain.claim.Modifier;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.ProcedureCode;
import org.claimscreen.domain.claim.Taxonomy;
import org.claimscreen.intake.Reject;
import org.claimscreen.intake.fhir.FhirClaimFile.Result;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Claim.CareTeamComponent;
import org.hl7.fhir.r4.model.Claim.DiagnosisComponent;
import org.hl7.fhir.r4.model.Claim.InsuranceComponent;
import org.hl7.fhir.r4.model.Claim.ItemComponent;
import org.hl7.fhir.r4.model.Claim.SupportingInformationComponent;
import org.hl7.fhir.r4.model.Claim;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * Maps one FHIR R4 {@link Claim} straight onto one domain {@link org.claimscreen.domain.claim.Claim}, one
 * line per item in sequence order, by the contract in {@code docs/fhir-mapping.md}: the claim the
 * CSV rows of the same claim come together as, so the rules cannot tell the two inputs apart.
 *
 * <p>Out of scope (not professional, not {@code use = claim}, not {@code active}) gives a
 * {@link Result.NotScreened} with the reason. A claim is screened whole or not at all: the first
 * missing or invalid field rejects it with one {@link Reject} whose column is the FHIR path
 * ({@code Claim.item[2].productOrService}).
 *
 * <p>Two small conventions beyond the contract, written by {@link FhirClaimWriter} and documented
 * in fhir-mapping.md: the payer id is the {@code Coverage.payor} identifier (else the resolved
 * payor's first identifier, else {@code Claim.insurer}'s); a line's plan-of-care / ABN / LMN
 * indicators come from the {@code supportingInfo} its {@code informationSequence} lists, or from all
 * of the claim's when no item lists any.
 *
 * <p>Stateless apart from the file name; safe to share between threads.
 */
public final class FhirClaimMapper {

    private static final int MAX_DIAGNOSES = 12;
    private static final int MAX_MODIFIERS = 4;

    private final String sourceFile;

    /** @param sourceFile the file name (no directories) the claims carry */
    public FhirClaimMapper(String sourceFile) {
        this.sourceFile = sourceFile;
    }

    /**
     * @param references resolves the claim's references (contained first, then bundle entries)
     * @param sourceLine the NDJSON line, the bundle entry index + 1, or 1 for a single resource
     * @param location   where the claim stands in its file, as results report it
     */
    public Result map(Claim claim, ReferenceResolver references, long sourceLine, String location) {
        String claimId = claimId(claim);
        String idProblem = ClaimIds.problem(claimId);
        if (idProblem != null) {
            return new Result.Rejected(new Reject(sourceFile, sourceLine, null, "Claim.identifier", idProblem), location);
        }
        String outOfScope = outOfScope(claim);
        if (outOfScope != null) {
            return new Result.NotScreened(claimId, outOfScope, location, voids(claim, claimId));
        }
        if (claimId == null) {
            return new Result.Rejected(new Reject(sourceFile, sourceLine, null, "Claim.identifier",
                    "the claim has neither an identifier nor an id"), location);
        }
        try {
            return new Result.Screenable(new Reading(claim, references, claimId, sourceLine).claim(), location,
                    replacedClaims(claim, claimId));
        } catch (Bad bad) {
            return new Result.Rejected(new Reject(sourceFile, sourceLine, claimId, bad.path, bad.reason), location);
        }
    }

    /** {@code Claim.identifier[0].value}, else {@code Claim.id}, else null. */
    static String claimId(Claim claim) {
        for (Identifier identifier : claim.getIdentifier()) {
            if (identifier.hasValue() && !identifier.getValue().isBlank()) {
                return identifier.getValue().strip();
            }
        }
        String id = claim.getIdElement().getIdPart();
        return id == null || id.isBlank() ? null : id;
    }

    /**
     * The claim ids a claim says it replaces: each {@code Claim.related} whose relationship is
     * {@code prior}, named by the related claim reference's identifier, else its id. A relationship
     * of another code ({@code associated}) is not a replacement.
     */
    static List<String> replacedClaims(Claim claim, String claimId) {
        List<String> replaced = new ArrayList<>();
        for (Claim.RelatedClaimComponent related : claim.getRelated()) {
            boolean prior = false;
            for (Coding coding : related.getRelationship().getCoding()) {
                prior |= FhirSystems.RELATED_PRIOR.equals(coding.getCode())
                        && (!coding.hasSystem() || FhirSystems.RELATED_CLAIM_RELATIONSHIP.equals(coding.getSystem()));
            }
            String id = prior ? relatedClaimId(related.getClaim()) : null;
            if (id != null && !id.equals(claimId) && !replaced.contains(id)) {
                replaced.add(id);
            }
        }
        return replaced;
    }

    private static String relatedClaimId(Reference reference) {
        if (reference.hasIdentifier() && reference.getIdentifier().hasValue()
                && !reference.getIdentifier().getValue().isBlank()) {
            return reference.getIdentifier().getValue().strip();
        }
        if (reference.hasReference()) {
            String id = reference.getReferenceElement().getIdPart();
            return id == null || id.isBlank() ? null : id;
        }
        return null;
    }

    /**
     * The claim ids an out-of-scope claim withdraws: a cancelled or entered-in-error Claim withdraws
     * its own id and the claims it names as prior, so no history counts their earlier versions.
     */
    static List<String> voids(Claim claim, String claimId) {
        if (claim.getStatus() != Claim.ClaimStatus.CANCELLED && claim.getStatus() != Claim.ClaimStatus.ENTEREDINERROR) {
            return List.of();
        }
        List<String> voided = new ArrayList<>();
        if (claimId != null) {
            voided.add(claimId);
        }
        voided.addAll(replacedClaims(claim, claimId));
        return voided;
    }

    /** The reason a claim is not screened, or null when it is in scope. */
    static String outOfScope(Claim claim) {
        String type = null;
        for (Coding coding : claim.getType().getCoding()) {
            if (coding.hasCode()) {
                type = coding.getCode();
                break;
            }
        }
        if (type == null) {
            return "Claim.type is missing; only professional claims are screened";
        }
        if (!type.equals("professional")) {
            return "Claim.type is " + type + "; only professional claims are screened";
        }
        if (claim.getUse() != Claim.Use.CLAIM) {
            return "Claim.use is " + (claim.hasUse() ? claim.getUse().toCode() : "missing")
                    + "; only claims (use = claim) are screened, not preauthorizations or predeterminations";
        }
        if (claim.getStatus() != Claim.ClaimStatus.ACTIVE) {
            return "Claim.status is " + (claim.hasStatus() ? claim.getStatus().toCode() : "missing")
                    + "; only active claims are screened";
        }
        return null;
    }

    /** One claim's mapping; holds what every line shares. */
    private final class Reading {

        private final Claim claim;
        private final ReferenceResolver references;
        private final String claimId;
        private final long sourceLine;

        Reading(Claim claim, ReferenceResolver references, String claimId, long sourceLine) {
            this.claim = claim;
            this.references = references;
            this.claimId = claimId;
            this.sourceLine = sourceLine;
        }

        org.claimscreen.domain.claim.Claim claim() {
            InsuranceComponent insurance = focalInsurance();
            Coverage coverage = insurance == null ? null
                    : references.resolve(claim, insurance.getCoverage(), Coverage.class);
            Patient patient = references.resolve(claim, claim.getPatient(), Patient.class);
            MemberId member = memberId(insurance, coverage, patient);
            LocalDate birth = birthDate(patient);
            PayerType payer = payerType(insurance, coverage);
            String payerId = id(payerId(coverage), "Coverage.payor", "payer id");
            String plan = id(planId(coverage), "Coverage.class", "plan id");
            if (plan == null && payer == PayerType.MEDICARE_ADVANTAGE) {
                throw new Bad("Coverage.class", "no Coverage.class of type plan or group; Medicare Advantage"
                        + " claims need the contract-plan id (e.g. H1234-001)");
            }
            Map<Integer, Integer> diagnosisPositions = new HashMap<>();
            List<DiagnosisCode> diagnoses = diagnoses(diagnosisPositions);
            Npi billing = billingNpi();
            if (claim.getItem().isEmpty()) {
                throw new Bad("Claim.item", "the claim has no items");
            }
            List<ClaimLine> lines = new ArrayList<>(claim.getItem().size());
            Set<Integer> numbers = new HashSet<>();
            for (int i = 0; i < claim.getItem().size(); i++) {
                ClaimLine line = line(claim.getItem().get(i), "Claim.item[" + i + "]", diagnosisPositions, billing);
                if (!numbers.add(line.lineNumber())) {
                    throw new Bad("Claim.item[" + i + "].sequence", "item sequence " + line.lineNumber()
                            + " appears twice in claim " + claimId);
                }
                lines.add(line);
            }
            // the claim's lines in sequence order, whatever the order of its items
            lines.sort(Comparator.comparingInt(ClaimLine::lineNumber));
            try {
                return new org.claimscreen.domain.claim.Claim(claimId, sourceFile, member, birth, payer, payerId, plan,
                        diagnoses, lines);
            } catch (InvalidValueException e) {
                throw Bad.of("Claim.item", e);
            }
        }

        private static String id(String value, String path, String what) {
            String problem = ClaimRow.idProblem(what, value, ClaimRow.ID_LENGTH);
            if (problem != null) {
                throw new Bad(path, problem);
            }
            return value;
        }

        private InsuranceComponent focalInsurance() {
            List<InsuranceComponent> all = claim.getInsurance();
            for (InsuranceComponent insurance : all) {
                if (insurance.getFocal()) {
                    return insurance;
                }
            }
            return all.stream().min(Comparator.comparingInt(InsuranceComponent::getSequence)).orElse(null);
        }

        private MemberId memberId(InsuranceComponent insurance, Coverage coverage, Patient patient) {
            String path;
            String value = null;
            if (insurance != null && MBI.equals(insurance.getCoverage().getIdentifier().getSystem())) {
                path = "Claim.insurance.coverage.identifier";
                value = insurance.getCoverage().getIdentifier().getValue();
            } else {
                path = "Coverage.identifier";
                value = coverage == null ? null : identifier(coverage.getIdentifier(), MBI);
            }
            if (blank(value) && coverage != null && coverage.hasSubscriberId()) {
                path = "Coverage.subscriberId";
                value = coverage.getSubscriberId();
            }
            if (blank(value) && patient != null) {
                path = "Patient.identifier";
                value = identifier(patient.getIdentifier(), MBI);
            }
            if (blank(value) && coverage != null && !coverage.getIdentifier().isEmpty()) {
                path = "Coverage.identifier";
                value = coverage.getIdentifierFirstRep().getValue();
            }
            if (blank(value)) {
                throw new Bad("Claim.insurance.coverage", "no member id: the focal Coverage "
                        + (coverage == null ? "cannot be resolved" : "has no MBI identifier, subscriberId or identifier")
                        + " and the Patient " + (patient == null ? "cannot be resolved" : "has no MBI identifier"));
            }
            try {
                return MemberId.of(value);
            } catch (InvalidValueException e) {
                throw Bad.of(path, e);
            }
        }

        /** Only a full date counts: a year or month alone is not a birth date the rules can use. */
        private LocalDate birthDate(Patient patient) {
            if (patient == null || !patient.hasBirthDate()) {
                return null;
            }
            return day(patient.getBirthDateElement());
        }

        private PayerType payerType(InsuranceComponent insurance, Coverage coverage) {
            if (coverage != null) {
                for (Coding coding : coverage.getType().getCoding()) {
                    if ((SOPT.equals(coding.getSystem()) || SOPT_OID.equals(coding.getSystem())) && coding.hasCode()) {
                        PayerType type = sopt(coding.getCode().strip());
                        if (type != null) {
                            return type;
                        }
                    }
                }
            }
            List<String> words = new ArrayList<>();
            if (coverage != null) {
                words.add(coverage.getType().getText());
                for (Coding coding : coverage.getType().getCoding()) {
                    words.add(coding.getDisplay());
                }
                for (Reference payor : coverage.getPayor()) {
                    words.add(payor.getDisplay());
                    Organization organization = references.resolve(ownerOf(coverage), payor, Organization.class);
                    if (organization != null) {
                        words.add(organization.getName());
                    }
                }
            }
            if (insurance != null) {
                words.add(insurance.getCoverage().getDisplay());
            }
            for (String text : words) {
                PayerType type = words(text);
                if (type != null) {
                    return type;
                }
            }
            return PayerType.OTHER;
        }

        private String payerId(Coverage coverage) {
            if (coverage != null) {
                for (Reference payor : coverage.getPayor()) {
                    if (payor.hasIdentifier() && payor.getIdentifier().hasValue()) {
                        return payor.getIdentifier().getValue();
                    }
                    Organization organization = references.resolve(ownerOf(coverage), payor, Organization.class);
                    if (organization != null && organization.hasIdentifier()) {
                        return organization.getIdentifierFirstRep().getValue();
                    }
                }
            }
            Reference insurer = claim.getInsurer();
            if (insurer.hasIdentifier() && insurer.getIdentifier().hasValue()) {
                return insurer.getIdentifier().getValue();
            }
            Organization organization = references.resolve(claim, insurer, Organization.class);
            return organization != null && organization.hasIdentifier()
                    ? organization.getIdentifierFirstRep().getValue() : null;
        }

        private String planId(Coverage coverage) {
            if (coverage == null) {
                return null;
            }
            String group = null;
            for (Coverage.ClassComponent coverageClass : coverage.getClass_()) {
                for (Coding coding : coverageClass.getType().getCoding()) {
                    if ("plan".equals(coding.getCode()) && coverageClass.hasValue()) {
                        return coverageClass.getValue().strip();
                    }
                    if ("group".equals(coding.getCode()) && coverageClass.hasValue() && group == null) {
                        group = coverageClass.getValue().strip();
                    }
                }
            }
            return group;
        }

        private List<DiagnosisCode> diagnoses(Map<Integer, Integer> positions) {
            List<DiagnosisComponent> sorted = new ArrayList<>(claim.getDiagnosis());
            sorted.sort(Comparator.comparingInt(DiagnosisComponent::getSequence));
            if (sorted.isEmpty()) {
                throw new Bad("Claim.diagnosis", "the claim has no diagnosis; a professional claim needs ICD-10-CM codes");
            }
            if (sorted.size() > MAX_DIAGNOSES) {
                throw new Bad("Claim.diagnosis", "the claim has " + sorted.size() + " diagnoses; at most "
                        + MAX_DIAGNOSES + " (A..L)");
            }
            List<DiagnosisCode> codes = new ArrayList<>(sorted.size());
            for (DiagnosisComponent diagnosis : sorted) {
                String path = "Claim.diagnosis[" + claim.getDiagnosis().indexOf(diagnosis) + "].diagnosisCodeableConcept";
                String code = code(diagnosis.hasDiagnosisCodeableConcept() ? diagnosis.getDiagnosisCodeableConcept() : null,
                        ICD10CM);
                if (code == null) {
                    throw new Bad(path, "diagnosis " + diagnosis.getSequence() + " has no ICD-10-CM coding ("
                            + ICD10CM + ")");
                }
                try {
                    codes.add(DiagnosisCode.of(code));
                } catch (InvalidValueException e) {
                    throw Bad.of(path, e);
                }
                positions.put(diagnosis.getSequence(), codes.size());
            }
            return List.copyOf(codes);
        }

        private Npi billingNpi() {
            Reference provider = claim.getProvider();
            if (provider.isEmpty()) {
                return null;
            }
            String value = npiOf(provider);
            return value == null ? null : npi(value, "Claim.provider");
        }

        private ClaimLine line(ItemComponent item, String at, Map<Integer, Integer> diagnosisPositions, Npi billing) {
            if (!item.hasSequence()) {
                throw new Bad(at + ".sequence", "the item has no sequence (line number)");
            }
            int number = item.getSequence();
            if (number < 1 || number > 50) {
                throw new Bad(at + ".sequence", "item sequence " + number + " is outside 1..50");
            }
            LocalDate service = serviceDate(item, at);
            String pos = placeOfService(item, at);
            ProcedureCode procedure = procedureCode(item, at);
            List<Modifier> modifiers = modifiers(item, at);
            int units = units(item, at);
            Integer minutes = minutes(item, at);
            Money charge = charge(item, at, units);
            List<Integer> pointers = new ArrayList<>();
            for (PositiveIntType sequence : item.getDiagnosisSequence()) {
                Integer position = diagnosisPositions.get(sequence.getValue());
                if (position == null) {
                    throw new Bad(at + ".diagnosisSequence", "diagnosisSequence " + sequence.getValue()
                            + " names no Claim.diagnosis");
                }
                pointers.add(position);
            }
            List<CareTeamComponent> team = careTeam(item, at);
            CareTeamComponent rendering = rendering(team);
            Npi renderingNpi = renderingNpi(rendering, at);
            Taxonomy taxonomy = taxonomy(rendering, at);
            Npi supervising = withRole(team, item, CARE_TEAM_ROLE, "supervisor", at);
            Npi referring = referring(team, item, at);
            Map<String, Indicator> info = indicators(item, at);
            try {
                return new ClaimLine(number, sourceLine, service, pos, procedure, modifiers, units, minutes, charge,
                        pointers, renderingNpi, taxonomy, supervising, referring, billing,
                        info.get("plan-of-care"), info.get("abn-on-file"), info.get("lmn-on-file"));
            } catch (InvalidValueException e) {
                throw Bad.of(at, e);
            }
        }

        private LocalDate serviceDate(ItemComponent item, String at) {
            LocalDate date = null;
            if (item.hasServicedDateType()) {
                date = day(item.getServicedDateType());
            } else if (item.hasServicedPeriod() && item.getServicedPeriod().hasStart()) {
                date = day(item.getServicedPeriod().getStartElement());
            } else if (claim.getBillablePeriod().hasStart()) {
                date = day(claim.getBillablePeriod().getStartElement());
            }
            if (date == null) {
                throw new Bad(at + ".servicedDate", "the item has no date of service (servicedDate,"
                        + " servicedPeriod.start or Claim.billablePeriod.start)");
            }
            return date;
        }

        private String placeOfService(ItemComponent item, String at) {
            if (!item.hasLocationCodeableConcept()) {
                return null;
            }
            String code = code(item.getLocationCodeableConcept(), PLACE_OF_SERVICE);
            if (code == null) {
                return null;
            }
            if (!code.matches("[0-9]{2}")) {
                throw new Bad(at + ".locationCodeableConcept", "place of service " + Excerpt.quoted(code)
                        + " is not a two-digit CMS place-of-service code (e.g. 11 for office)");
            }
            return code;
        }

        private ProcedureCode procedureCode(ItemComponent item, String at) {
            CodeableConcept concept = item.getProductOrService();
            String code = null;
            for (Coding coding : concept.getCoding()) {
                String system = coding.getSystem();
                if ((CPT.equals(system) || HCPCS.equals(system) || HCPCS_OID.equals(system)) && coding.hasCode()) {
                    code = coding.getCode();
                    break;
                }
            }
            if (code == null) {
                code = code(concept, null);
            }
            if (code == null) {
                throw new Bad(at + ".productOrService", "the item has no procedure code (productOrService.coding)");
            }
            try {
                return ProcedureCode.of(code);
            } catch (InvalidValueException e) {
                throw Bad.of(at + ".productOrService", e);
            }
        }

        private List<Modifier> modifiers(ItemComponent item, String at) {
            List<Modifier> modifiers = new ArrayList<>();
            for (CodeableConcept concept : item.getModifier()) {
                for (Coding coding : concept.getCoding()) {
                    if (!coding.hasCode()) {
                        continue;
                    }
                    try {
                        modifiers.add(Modifier.of(coding.getCode()));
                    } catch (InvalidValueException e) {
                        throw Bad.of(at + ".modifier", e);
                    }
                }
            }
            if (modifiers.size() > MAX_MODIFIERS) {
                throw new Bad(at + ".modifier", "the item has " + modifiers.size() + " modifiers; a line carries at most "
                        + MAX_MODIFIERS);
            }
            return modifiers;
        }

        private int units(ItemComponent item, String at) {
            if (!item.hasQuantity() || !item.getQuantity().hasValue()) {
                return 1;
            }
            BigDecimal value = item.getQuantity().getValue();
            BigDecimal whole;
            try {
                whole = value.stripTrailingZeros();
                if (whole.scale() > 0) {
                    throw new ArithmeticException();
                }
            } catch (ArithmeticException e) {
                throw new Bad(at + ".quantity", "quantity " + value.toPlainString() + " is not a whole number of units");
            }
            if (whole.compareTo(BigDecimal.ONE) < 0 || whole.compareTo(BigDecimal.valueOf(999)) > 0) {
                throw new Bad(at + ".quantity", "quantity " + value.toPlainString() + " is outside 1..999");
            }
            return whole.intValueExact();
        }

        private Integer minutes(ItemComponent item, String at) {
            Extension extension = item.getExtensionByUrl(TREATMENT_MINUTES);
            if (extension == null) {
                return null;
            }
            if (!(extension.getValue() instanceof IntegerType minutes) || !minutes.hasValue()) {
                throw new Bad(at + ".extension(treatment-minutes)", "treatment minutes need a valueInteger");
            }
            if (minutes.getValue() < 0) {
                throw new Bad(at + ".extension(treatment-minutes)", "treatment minutes " + minutes.getValue()
                        + " are negative");
            }
            return minutes.getValue();
        }

        private Money charge(ItemComponent item, String at, int units) {
            String path;
            BigDecimal amount;
            if (item.hasNet() && item.getNet().hasValue()) {
                path = at + ".net";
                amount = item.getNet().getValue();
            } else if (item.hasUnitPrice() && item.getUnitPrice().hasValue()) {
                path = at + ".unitPrice";
                amount = item.getUnitPrice().getValue().multiply(BigDecimal.valueOf(units));
            } else {
                throw new Bad(at + ".net", "the item has no charge (net, or unitPrice and quantity)");
            }
            try {
                return Money.parse(amount.stripTrailingZeros().toPlainString());
            } catch (InvalidValueException e) {
                throw Bad.of(path, e);
            }
        }

        private List<CareTeamComponent> careTeam(ItemComponent item, String at) {
            List<CareTeamComponent> team = new ArrayList<>();
            for (PositiveIntType sequence : item.getCareTeamSequence()) {
                CareTeamComponent member = null;
                for (CareTeamComponent candidate : claim.getCareTeam()) {
                    if (candidate.getSequence() == sequence.getValue()) {
                        member = candidate;
                        break;
                    }
                }
                if (member == null) {
                    throw new Bad(at + ".careTeamSequence", "careTeamSequence " + sequence.getValue()
                            + " names no Claim.careTeam");
                }
                team.add(member);
            }
            return team;
        }

        /** Role primary or CARIN rendering/performing, else the first the item lists; null = Claim.provider. */
        private CareTeamComponent rendering(List<CareTeamComponent> team) {
            for (CareTeamComponent member : team) {
                if (hasRole(member, CARE_TEAM_ROLE, "primary") || hasRole(member, CARIN_CARE_TEAM_ROLE, "rendering")
                        || hasRole(member, CARIN_CARE_TEAM_ROLE, "performing")) {
                    return member;
                }
            }
            for (CareTeamComponent member : team) {
                if (!hasRole(member, CARE_TEAM_ROLE, "supervisor") && !hasRole(member, CARIN_CARE_TEAM_ROLE, "referring")
                        && !hasRole(member, CARIN_CARE_TEAM_ROLE, "prescribing")) {
                    return member;
                }
            }
            return team.isEmpty() ? null : team.get(0);
        }

        private Npi renderingNpi(CareTeamComponent rendering, String at) {
            String value;
            String path;
            if (rendering != null) {
                path = "Claim.careTeam[" + claim.getCareTeam().indexOf(rendering) + "].provider";
                value = npiOf(rendering.getProvider());
            } else if (isPractitioner(claim.getProvider())) {
                path = "Claim.provider";
                value = npiOf(claim.getProvider());
            } else {
                throw new Bad(at + ".careTeamSequence", "no rendering provider: the item names no careTeam entry"
                        + " and Claim.provider is not a Practitioner");
            }
            if (value == null) {
                throw new Bad(path, "the rendering provider has no NPI (identifier system " + NPI + ")");
            }
            return npi(value, path);
        }

        private Taxonomy taxonomy(CareTeamComponent rendering, String at) {
            String code = null;
            String path = at + ".careTeamSequence";
            Reference provider = claim.getProvider();
            if (rendering != null) {
                path = "Claim.careTeam[" + claim.getCareTeam().indexOf(rendering) + "].qualification";
                code = code(rendering.hasQualification() ? rendering.getQualification() : null, NUCC);
                provider = rendering.getProvider();
            }
            if (code == null) {
                Resource resolved = references.resolve(claim, provider);
                if (resolved instanceof PractitionerRole role) {
                    for (CodeableConcept specialty : role.getSpecialty()) {
                        code = code == null ? code(specialty, NUCC) : code;
                    }
                    if (code == null) {
                        resolved = references.resolve(ownerOf(role), role.getPractitioner());
                    }
                }
                if (code == null && resolved instanceof Practitioner practitioner) {
                    for (Practitioner.PractitionerQualificationComponent qualification : practitioner.getQualification()) {
                        code = code == null ? code(qualification.getCode(), NUCC) : code;
                    }
                }
            }
            if (code == null) {
                throw new Bad(path, "the rendering provider has no taxonomy (a " + NUCC
                        + " coding on careTeam.qualification, PractitionerRole.specialty or Practitioner.qualification)");
            }
            try {
                return Taxonomy.of(code);
            } catch (InvalidValueException e) {
                throw Bad.of(path, e);
            }
        }

        /** The entry with this role among those the item lists, or among all when it lists none. */
        private Npi withRole(List<CareTeamComponent> team, ItemComponent item, String system, String role, String at) {
            List<CareTeamComponent> candidates = item.hasCareTeamSequence() ? team : claim.getCareTeam();
            for (CareTeamComponent member : candidates) {
                if (hasRole(member, system, role)) {
                    String path = "Claim.careTeam[" + claim.getCareTeam().indexOf(member) + "].provider";
                    String value = npiOf(member.getProvider());
                    if (value == null) {
                        throw new Bad(path, "the " + role + " has no NPI (identifier system " + NPI + ")");
                    }
                    return npi(value, path);
                }
            }
            return null;
        }

        private Npi referring(List<CareTeamComponent> team, ItemComponent item, String at) {
            Npi referring = withRole(team, item, CARIN_CARE_TEAM_ROLE, "referring", at);
            if (referring == null) {
                referring = withRole(team, item, CARIN_CARE_TEAM_ROLE, "prescribing", at);
            }
            if (referring == null && claim.hasReferral()) {
                ServiceRequest request = references.resolve(claim, claim.getReferral(), ServiceRequest.class);
                if (request != null && request.hasRequester()) {
                    String value = npiOf(request.getRequester(), ownerOf(request));
                    if (value != null) {
                        referring = npi(value, "Claim.referral.requester");
                    }
                }
            }
            return referring;
        }

        private Map<String, Indicator> indicators(ItemComponent item, String at) {
            boolean anyItemLists = false;
            for (ItemComponent other : claim.getItem()) {
                anyItemLists |= other.hasInformationSequence();
            }
            Set<Integer> listed = new HashSet<>();
            for (PositiveIntType sequence : item.getInformationSequence()) {
                listed.add(sequence.getValue());
            }
            Map<String, Indicator> indicators = new HashMap<>();
            List<SupportingInformationComponent> all = claim.getSupportingInfo();
            for (int i = 0; i < all.size(); i++) {
                SupportingInformationComponent info = all.get(i);
                if (anyItemLists && !listed.contains(info.getSequence())) {
                    continue;
                }
                if (!hasCode(info.getCategory(), null, "info")) {
                    continue;
                }
                String code = code(info.getCode(), SCREENING_INFO);
                if (code == null || !Set.of("plan-of-care", "abn-on-file", "lmn-on-file").contains(code)) {
                    continue;
                }
                if (!(info.getValue() instanceof org.hl7.fhir.r4.model.BooleanType flag) || !flag.hasValue()) {
                    throw new Bad("Claim.supportingInfo[" + i + "].valueBoolean", code + " needs a valueBoolean");
                }
                indicators.put(code, flag.booleanValue() ? Indicator.YES : Indicator.NO);
            }
            return indicators;
        }

        /** The NPI on a reference's identifier, else on the resource it resolves to. */
        private String npiOf(Reference reference) {
            return npiOf(reference, claim);
        }

        private String npiOf(Reference reference, org.hl7.fhir.r4.model.DomainResource owner) {
            if (reference.hasIdentifier() && NPI.equals(reference.getIdentifier().getSystem())
                    && reference.getIdentifier().hasValue()) {
                return reference.getIdentifier().getValue();
            }
            Resource resolved = references.resolve(owner, reference);
            if (resolved instanceof Practitioner practitioner) {
                return identifier(practitioner.getIdentifier(), NPI);
            }
            if (resolved instanceof Organization organization) {
                return identifier(organization.getIdentifier(), NPI);
            }
            if (resolved instanceof PractitionerRole role) {
                String own = identifier(role.getIdentifier(), NPI);
                return own != null ? own : npiOf(role.getPractitioner(), ownerOf(role));
            }
            return null;
        }

        /**
         * Whose {@code contained} a reference inside {@code resource} points into: a contained
         * resource's "#id" references are local to the claim that contains it.
         */
        private org.hl7.fhir.r4.model.DomainResource ownerOf(org.hl7.fhir.r4.model.DomainResource resource) {
            return claim.getContained().contains(resource) ? claim : resource;
        }

        private boolean isPractitioner(Reference reference) {
            if (reference.isEmpty()) {
                return false;
            }
            Resource resolved = references.resolve(claim, reference);
            if (resolved != null) {
                return resolved instanceof Practitioner || resolved instanceof PractitionerRole;
            }
            String target = reference.getReference();
            return "Practitioner".equals(reference.getType())
                    || (target != null && (target.startsWith("Practitioner/") || target.contains("/Practitioner/")));
        }

        private Npi npi(String value, String path) {
            try {
                return Npi.of(value);
            } catch (InvalidValueException e) {
                throw Bad.of(path, e);
            }
        }
    }

    /** SOPT: 11* Medicare Advantage, 1 and 12* Original Medicare, 2* Medicaid, 5*, 6* commercial, 8* self-pay. */
    static PayerType sopt(String code) {
        if (code.startsWith("11")) {
            return PayerType.MEDICARE_ADVANTAGE;
        }
        if (code.equals("1") || code.startsWith("12")) {
            return PayerType.ORIGINAL_MEDICARE;
        }
        if (code.startsWith("2")) {
            return PayerType.MEDICAID;
        }
        if (code.startsWith("5") || code.startsWith("6")) {
            return PayerType.COMMERCIAL;
        }
        if (code.startsWith("8")) {
            return PayerType.SELF_PAY;
        }
        return null;
    }

    static PayerType words(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("medicare advantage") || lower.contains("part c")) {
            return PayerType.MEDICARE_ADVANTAGE;
        }
        if (lower.contains("medicaid")) {
            return PayerType.MEDICAID;
        }
        if (lower.contains("medicare") || lower.contains("part b")) {
            return PayerType.ORIGINAL_MEDICARE;
        }
        return null;
    }

    private static LocalDate day(BaseDateTimeType date) {
        if (date == null || date.getValue() == null || date.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            return null;
        }
        return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
    }

    private static String identifier(List<Identifier> identifiers, String system) {
        for (Identifier identifier : identifiers) {
            if (system.equals(identifier.getSystem()) && identifier.hasValue() && !identifier.getValue().isBlank()) {
                return identifier.getValue().strip();
            }
        }
        return null;
    }

    /** The code of the first coding with {@code system} (any system when null), else null. */
    private static String code(CodeableConcept concept, String system) {
        if (concept == null) {
            return null;
        }
        for (Coding coding : concept.getCoding()) {
            if ((system == null || system.equals(coding.getSystem())) && coding.hasCode()
                    && !coding.getCode().isBlank()) {
                return coding.getCode().strip();
            }
        }
        return null;
    }

    private static boolean hasCode(CodeableConcept concept, String system, String code) {
        for (Coding coding : concept.getCoding()) {
            if ((system == null || system.equals(coding.getSystem())) && code.equals(coding.getCode())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRole(CareTeamComponent member, String system, String role) {
        return member.hasRole() && hasCode(member.getRole(), system, role);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A field that stops the claim; cheap (no stack trace), since a bad export has many. */
    private static final class Bad extends RuntimeException {

        private final String path;
        private final String reason;

        Bad(String path, String reason) {
            super(reason, null, false, false);
            this.path = path;
            this.reason = reason;
        }

        static Bad of(String path, InvalidValueException e) {
            return new Bad(path, path + ": " + e.getMessage());
        }
    }
}
