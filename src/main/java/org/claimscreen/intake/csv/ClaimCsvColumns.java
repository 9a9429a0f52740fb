package org.claimscreen.intake.csv;

import java.util.List;

/**
 * The canonical column names of the claim CSV (docs/claim-csv.md), in the order the contract lists
 * them. Readers look columns up by these names once, when the header is read, so a renamed or
 * missing column fails the file at once instead of row by row.
 *
 * <p>{@link #PLAN_ID} is not in {@link #REQUIRED}: the header may leave it out when a file carries
 * no Medicare Advantage claims, but a {@code MEDICARE_ADVANTAGE} row without a plan id is rejected.
 */
public final class ClaimCsvColumns {

    public static final String CLAIM_ID = "claim_id";
    public static final String LINE_NUMBER = "line_number";
    public static final String MEMBER_ID = "member_id";
    public static final String PATIENT_BIRTH_DATE = "patient_birth_date";
    public static final String PAYER_TYPE = "payer_type";
    public static final String PAYER_ID = "payer_id";
    public static final String PLAN_ID = "plan_id";
    public static final String SERVICE_DATE = "service_date";
    public static final String PLACE_OF_SERVICE = "place_of_service";
    public static final String PROCEDURE_CODE = "procedure_code";
    public static final String MODIFIERS = "modifiers";
    public static final String UNITS = "units";
    public static final String MINUTES = "minutes";
    public static final String CHARGE_AMOUNT = "charge_amount";
    public static final String DIAGNOSIS_CODES = "diagnosis_codes";
    public static final String DIAGNOSIS_POINTERS = "diagnosis_pointers";
    public static final String RENDERING_NPI = "rendering_npi";
    public static final String RENDERING_TAXONOMY = "rendering_taxonomy";
    public static final String SUPERVISING_NPI = "supervising_npi";
    public static final String REFERRING_NPI = "referring_npi";
    public static final String BILLING_NPI = "billing_npi";
    public static final String PLAN_OF_CARE = "plan_of_care";
    public static final String ABN_ON_FILE = "abn_on_file";
    public static final String LMN_ON_FILE = "lmn_on_file";
    public static final String INITIAL_TREATMENT_DATE = "initial_treatment_date";

    /** Every canonical column, in contract order. */
    public static final List<String> ALL = List.of(
            CLAIM_ID, LINE_NUMBER, MEMBER_ID, PATIENT_BIRTH_DATE, PAYER_TYPE, PAYER_ID, PLAN_ID,
            SERVICE_DATE, PLACE_OF_SERVICE, PROCEDURE_CODE, MODIFIERS, UNITS, MINUTES, CHARGE_AMOUNT,
            DIAGNOSIS_CODES, DIAGNOSIS_POINTERS, RENDERING_NPI, RENDERING_TAXONOMY, SUPERVISING_NPI,
            REFERRING_NPI, BILLING_NPI, PLAN_OF_CARE, ABN_ON_FILE, LMN_ON_FILE, INITIAL_TREATMENT_DATE);

    /** The columns every header must have, in contract order (so messages list them stably). */
    public static final List<String> REQUIRED = List.of(
            CLAIM_ID, LINE_NUMBER, MEMBER_ID, PAYER_TYPE, SERVICE_DATE, PROCEDURE_CODE, UNITS,
            CHARGE_AMOUNT, DIAGNOSIS_CODES, RENDERING_NPI, RENDERING_TAXONOMY);

    private ClaimCsvColumns() {
    }
}
