package org.claimscreen.domain.claim;

import java.util.Map;
import java.util.Optional;

/** The plans file and provider roster a run reads besides the claims. */
public record ReferenceData(Map<String, Plan> plans, Map<Npi, RosterProvider> providers) {

    public static final ReferenceData NONE = new ReferenceData(Map.of(), Map.of());

    public ReferenceData {
        plans = Map.copyOf(plans);
        providers = Map.copyOf(providers);
    }

    public Optional<Plan> plan(String planId) {
        return planId == null ? Optional.empty() : Optional.ofNullable(plans.get(planId));
    }

    public Optional<RosterProvider> provider(Npi npi) {
        return npi == null ? Optional.empty() : Optional.ofNullable(providers.get(npi));
    }
}
