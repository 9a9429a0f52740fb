package org.claimscreen.domain.claim;

import java.util.Set;

/**
 * A provider from the practice's roster: supplies what a claim line does not carry (the taxonomy
 * and enrollment of supervising and referring providers, network membership).
 *
 * @param networks Medicare Advantage plan ids whose network includes this provider
 */
public record RosterProvider(Npi npi, String name, Taxonomy taxonomy, boolean medicareEnrolled, Set<String> networks) {

    public RosterProvider {
        networks = Set.copyOf(networks);
    }

    public boolean inNetworkOf(String planId) {
        return planId != null && networks.contains(planId);
    }
}
