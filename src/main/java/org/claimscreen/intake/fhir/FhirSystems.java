package org.claimscreen.intake.fhir;

/** Code systems, identifier systems and extension URLs that the mapping contract names. */
final class FhirSystems {

    static final String MBI = "http://hl7.org/fhir/sid/us-mbi";
    static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    static final String SOPT = "https://nahdo.org/sopt";
    static final String SOPT_OID = "urn:oid:2.16.840.1.113883.3.221.5";
    static final String CPT = "http://www.ama-assn.org/go/cpt";
    static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    static final String HCPCS_OID = "urn:oid:2.16.840.1.113883.6.285";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String NUCC = "http://nucc.org/provider-taxonomy";
    static final String PLACE_OF_SERVICE =
            "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
    static final String CARE_TEAM_ROLE = "http://terminology.hl7.org/CodeSystem/claimcareteamrole";
    static final String CARIN_CARE_TEAM_ROLE = "http://hl7.org/fhir/us/carin-bb/CodeSystem/C4BBClaimCareTeamRole";
    static final String INFO_CATEGORY = "http://terminology.hl7.org/CodeSystem/claiminformationcategory";
    static final String COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class";
    static final String SCREENING_INFO = "https://claimscreen.dev/fhir/CodeSystem/screening-info";
    static final String TREATMENT_MINUTES = "https://claimscreen.dev/fhir/StructureDefinition/treatment-minutes";
    /** Ours: the payer id of the export (CSV payer_id), on {@code Coverage.payor.identifier}. */
    static final String PAYER_ID = "https://claimscreen.dev/fhir/sid/payer-id";
    /** Ours: the export's claim id, on {@code Claim.identifier}. */
    static final String CLAIM_ID = "https://claimscreen.dev/fhir/sid/claim-id";

    /** Claim.related.relationship: "prior" says the claim replaces the related one. */
    static final String RELATED_CLAIM_RELATIONSHIP = "http://terminology.hl7.org/CodeSystem/ex-relatedclaimrelationship";
    static final String RELATED_PRIOR = "prior";

    private FhirSystems() {
    }
}
