package org.claimscreen.domain.screening;

import java.util.regex.Pattern;

/**
 * The adjustment a payer is expected to return: a group code (CO contractual, PR patient
 * responsibility), a claim adjustment reason code and, where payers add one, a remark code.
 * Written as {@code CO-50} or {@code PR-96 + N425}.
 */
public record DenialCode(String group, String reason, String remark) {

    private static final Pattern GROUP = Pattern.compile("CO|PR|OA|PI");
    private static final Pattern CODE = Pattern.compile("[A-Z]?[0-9]{1,3}");

    public DenialCode {
        if (group == null || !GROUP.matcher(group).matches()) {
            throw new IllegalArgumentException("unknown group code " + group);
        }
        if (reason == null || !CODE.matcher(reason).matches()) {
            throw new IllegalArgumentException("not a reason code: " + reason);
        }
    }

    public static DenialCode co(String reason) {
        return new DenialCode("CO", reason, null);
    }

    public static DenialCode pr(String reason) {
        return new DenialCode("PR", reason, null);
    }

    public DenialCode withRemark(String remarkCode) {
        return new DenialCode(group, reason, remarkCode);
    }

    /** The same reason under the group that matches who pays. */
    public DenialCode forLiability(Liability liability) {
        return new DenialCode(liability == Liability.PATIENT ? "PR" : "CO", reason, remark);
    }

    @Override
    public String toString() {
        return remark == null ? group + "-" + reason : group + "-" + reason + " + " + remark;
    }
}
