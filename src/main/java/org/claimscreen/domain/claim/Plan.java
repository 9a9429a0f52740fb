package org.claimscreen.domain.claim;

import java.math.BigDecimal;
import java.time.MonthDay;

/**
 * A Medicare Advantage plan's therapeutic massage benefit, from the plans file.
 *
 * @param sessionsPerYear   null means no limit
 * @param copay             dollars per session, null when none
 * @param coinsurancePercent percent of the charge, null when none
 */
public record Plan(
        String planId,
        String name,
        boolean massageBenefit,
        boolean massageRequiresOrder,
        Integer sessionsPerYear,
        Money copay,
        BigDecimal coinsurancePercent,
        MonthDay planYearStart) {

    public Plan {
        if (planId == null || planId.isBlank()) {
            throw new InvalidValueException("plan_id is empty");
        }
        if (sessionsPerYear != null && sessionsPerYear < 0) {
            throw new InvalidValueException("massage_sessions_per_year is negative");
        }
        if (coinsurancePercent != null
                && (coinsurancePercent.signum() < 0 || coinsurancePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new InvalidValueException("massage_coinsurance_pct must be between 0 and 100");
        }
        planYearStart = planYearStart == null ? MonthDay.of(1, 1) : planYearStart;
    }
}
