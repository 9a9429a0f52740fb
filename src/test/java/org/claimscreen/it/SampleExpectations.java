package org.claimscreen.it;

import java.util.LinkedHashMap;
import java.util.Map;

/** The counts the sample night produces; sample-data/README.md explains the same per rule. */
final class SampleExpectations {

    static final long LINES_READ = 239;
    static final long CLAIMS_READ = 45;
    static final long CLAIMS_CLEAN = 26;
    static final long CLAIMS_HELD = 16;

    static final Map<String, Integer> FINDINGS_BY_RULE = new LinkedHashMap<>();

    static {
        FINDINGS_BY_RULE.put("GEN-NPI-INVALID", 1);
        FINDINGS_BY_RULE.put("MCR-ABN-MISSING", 6);
        FINDINGS_BY_RULE.put("MCR-CHIRO-ADJUNCT", 3);
        FINDINGS_BY_RULE.put("MCR-CMT-NO-AT", 2);
        FINDINGS_BY_RULE.put("MCR-LMT-NOT-INTEGRAL", 3);
        FINDINGS_BY_RULE.put("MCR-LMT-SUPERVISED", 2);
        FINDINGS_BY_RULE.put("MCR-LMT-UNSUPERVISED", 6);
        FINDINGS_BY_RULE.put("MCR-MANUAL-THERAPY-PROVIDER", 3);
        FINDINGS_BY_RULE.put("MCR-MASSAGE-STANDALONE", 10);
        FINDINGS_BY_RULE.put("MCR-MBI-FORMAT", 7);
        FINDINGS_BY_RULE.put("MCR-THERAPY-NO-PLAN-OF-CARE", 19);
        FINDINGS_BY_RULE.put("MCR-WELLNESS-DIAGNOSIS", 2);
        FINDINGS_BY_RULE.put("PAY-HSA-FSA-LMN", 10);
        FINDINGS_BY_RULE.put("PAY-SELF-PAY", 12);
    }

    private SampleExpectations() {
    }
}
