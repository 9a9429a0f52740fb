package org.claimscreen.it;

import java.util.LinkedHashMap;
import java.util.Map;

/** The counts the sample night produces; sample-data/README.md explains the same per rule. */
final class SampleExpectations {

    static final long LINES_READ = 375;
    static final long FIRST_FILE_LINES = 239;
    static final long CLAIMS_READ = 84;
    static final long CLAIMS_CLEAN = 34;
    static final long CLAIMS_HELD = 45;
    static final long CLAIMS_NOT_SCREENED = 1;

    static final Map<String, Integer> FINDINGS_BY_RULE = new LinkedHashMap<>();

    static {
        FINDINGS_BY_RULE.put("GEN-DUPLICATE-LINE", 1);
        FINDINGS_BY_RULE.put("GEN-NPI-INVALID", 1);
        FINDINGS_BY_RULE.put("GEN-UNITS-MINUTES", 1);
        FINDINGS_BY_RULE.put("MA-ABN-NOT-VALID", 1);
        FINDINGS_BY_RULE.put("MA-MASSAGE-CONDITION", 1);
        FINDINGS_BY_RULE.put("MA-MASSAGE-COST-SHARE", 6);
        FINDINGS_BY_RULE.put("MA-MASSAGE-NO-ORDER", 1);
        FINDINGS_BY_RULE.put("MA-MASSAGE-NOT-COVERED", 2);
        FINDINGS_BY_RULE.put("MA-MASSAGE-OUT-OF-NETWORK", 1);
        FINDINGS_BY_RULE.put("MA-MASSAGE-SESSION-LIMIT", 1);
        FINDINGS_BY_RULE.put("MA-PLAN-UNKNOWN", 1);
        FINDINGS_BY_RULE.put("MCR-97010-BUNDLED", 1);
        FINDINGS_BY_RULE.put("MCR-97014-NOT-RECOGNIZED", 1);
        FINDINGS_BY_RULE.put("MCR-ABN-MISSING", 13);
        FINDINGS_BY_RULE.put("MCR-ABN-NO-GA", 2);
        FINDINGS_BY_RULE.put("MCR-ACUPUNCTURE-COVERAGE", 6);
        FINDINGS_BY_RULE.put("MCR-ACUPUNCTURE-IMPROVEMENT", 8);
        FINDINGS_BY_RULE.put("MCR-CERTIFIER-NOT-PHYSICIAN", 4);
        FINDINGS_BY_RULE.put("MCR-CHIRO-ADJUNCT", 4);
        FINDINGS_BY_RULE.put("MCR-CMT-MODIFIER-CONFLICT", 1);
        FINDINGS_BY_RULE.put("MCR-CMT-NO-AT", 4);
        FINDINGS_BY_RULE.put("MCR-CMT-NO-SUBLUXATION", 2);
        FINDINGS_BY_RULE.put("MCR-CMT-REGIONS", 2);
        FINDINGS_BY_RULE.put("MCR-LMT-NOT-INTEGRAL", 3);
        FINDINGS_BY_RULE.put("MCR-LMT-SUPERVISED", 5);
        FINDINGS_BY_RULE.put("MCR-LMT-SUPERVISOR-NOT-ELIGIBLE", 3);
        FINDINGS_BY_RULE.put("MCR-LMT-UNSUPERVISED", 7);
        FINDINGS_BY_RULE.put("MCR-MANUAL-THERAPY-PROVIDER", 3);
        FINDINGS_BY_RULE.put("MCR-MASSAGE-STANDALONE", 11);
        FINDINGS_BY_RULE.put("MCR-MBI-FORMAT", 7);
        FINDINGS_BY_RULE.put("MCR-MODALITY-UNITS", 1);
        FINDINGS_BY_RULE.put("MCR-MODIFIER-CONFLICT", 1);
        FINDINGS_BY_RULE.put("MCR-THERAPY-ASSISTANT", 2);
        FINDINGS_BY_RULE.put("MCR-THERAPY-MODIFIER", 1);
        FINDINGS_BY_RULE.put("MCR-THERAPY-NO-PLAN-OF-CARE", 19);
        FINDINGS_BY_RULE.put("MCR-THERAPY-THRESHOLD-KX", 3);
        FINDINGS_BY_RULE.put("MCR-TIMELY-FILING", 3);
        FINDINGS_BY_RULE.put("MCR-WELLNESS-DIAGNOSIS", 2);
        FINDINGS_BY_RULE.put("NCCI-PTP", 2);
        FINDINGS_BY_RULE.put("PAY-HSA-FSA-LMN", 17);
        FINDINGS_BY_RULE.put("PAY-SELF-PAY", 19);
    }

    private SampleExpectations() {
    }
}
