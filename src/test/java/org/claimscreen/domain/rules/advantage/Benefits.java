package org.claimscreen.domain.rules.advantage;

import static org.claimscreen.domain.claim.Claims.MASSAGE_THERAPIST;
import static org.claimscreen.domain.claim.Claims.PHYSICIAN;
import static org.claimscreen.domain.claim.Claims.REFERRING_NPI;
import static org.claimscreen.domain.claim.Claims.RENDERING_NPI;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimscreen.domain.claim.Claims;
import org.claimscreen.domain.claim.Money;
import org.claimscreen.domain.claim.Npi;
import org.claimscreen.domain.claim.PayerType;
import org.claimscreen.domain.claim.Plan;
import org.claimscreen.domain.claim.ReferenceData;
import org.claimscreen.domain.claim.RosterProvider;
import org.claimscreen.domain.claim.Taxonomy;

/**
 * Object mother for Medicare Advantage scenarios: a plan with a massage benefit and nothing else
 * (no order, no cap, no cost share), a roster where the rendering massage therapist and the referring
 * physician are both in its network, and a claim on it whose massage line is ordered by that physician.
 */
final class Benefits {

    static final String PLAN_ID = "H1234-001";
    static final String OTHER_PLAN_ID = "H9999-002";

    private Benefits() {
    }

    static PlanBuilder plan() {
        return new PlanBuilder();
    }

    /** A Medicare Advantage claim on {@link #PLAN_ID}. */
    static Claims.ClaimBuilder maClaim() {
        return Claims.payer(PayerType.MEDICARE_ADVANTAGE).planId(PLAN_ID);
    }

    /** 97124 by the in-network massage therapist, ordered by the in-network physician. */
    static Claims.LineBuilder benefitMassage() {
        return Claims.massageByMassageTherapist().referringNpi(REFERRING_NPI).charge("80.00");
    }

    static RosterProvider provider(String npi, String taxonomy, String... networks) {
        return new RosterProvider(Npi.of(npi), "Provider " + npi, Taxonomy.of(taxonomy), true, Set.of(networks));
    }

    /** The in-network massage therapist and physician of the default scenario. */
    static List<RosterProvider> inNetworkRoster() {
        return List.of(provider(RENDERING_NPI, MASSAGE_THERAPIST, PLAN_ID), provider(REFERRING_NPI, PHYSICIAN, PLAN_ID));
    }

    static ReferenceData reference(PlanBuilder plan) {
        return reference(plan, inNetworkRoster());
    }

    static ReferenceData reference(PlanBuilder plan, List<RosterProvider> roster) {
        Plan built = plan.build();
        Map<Npi, RosterProvider> providers = new HashMap<>();
        for (RosterProvider provider : roster) {
            providers.put(provider.npi(), provider);
        }
        return new ReferenceData(Map.of(built.planId(), built), providers);
    }

    static final class PlanBuilder {

        private String planId = PLAN_ID;
        private boolean massageBenefit = true;
        private boolean requiresOrder;
        private Integer sessionsPerYear;
        private Money copay;
        private BigDecimal coinsurance;
        private MonthDay yearStart = MonthDay.of(1, 1);

        PlanBuilder id(String value) {
            this.planId = value;
            return this;
        }

        PlanBuilder noMassageBenefit() {
            this.massageBenefit = false;
            return this;
        }

        PlanBuilder requiresOrder() {
            this.requiresOrder = true;
            return this;
        }

        PlanBuilder sessionsPerYear(int value) {
            this.sessionsPerYear = value;
            return this;
        }

        PlanBuilder copay(String value) {
            this.copay = Money.of(value);
            return this;
        }

        PlanBuilder coinsurance(String percent) {
            this.coinsurance = new BigDecimal(percent);
            return this;
        }

        PlanBuilder yearStarts(int month, int day) {
            this.yearStart = MonthDay.of(month, day);
            return this;
        }

        Plan build() {
            return new Plan(planId, "Plan " + planId, massageBenefit, requiresOrder, sessionsPerYear, copay,
                    coinsurance, yearStart);
        }
    }
}
