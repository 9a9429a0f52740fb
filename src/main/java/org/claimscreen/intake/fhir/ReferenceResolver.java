package org.claimscreen.intake.fhir;

import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Finds what a {@link Reference} points to, in the order fhir-mapping.md gives: the referring
 * resource's {@code contained} resources first, then the entries of the bundle it came in, by
 * {@code fullUrl} or by {@code Type/id} (also at the end of an absolute URL). A reference that
 * cannot be found gives null: the fields it would supply are missing, nothing more.
 */
public final class ReferenceResolver {

    private static final ReferenceResolver NONE = new ReferenceResolver(Map.of(), Map.of());

    private final Map<String, Resource> byFullUrl;
    private final Map<String, Resource> byTypeAndId;

    private ReferenceResolver(Map<String, Resource> byFullUrl, Map<String, Resource> byTypeAndId) {
        this.byFullUrl = byFullUrl;
        this.byTypeAndId = byTypeAndId;
    }

    /** For a resource read on its own (a single-resource file, an NDJSON line). */
    public static ReferenceResolver containedOnly() {
        return NONE;
    }

    /** Collects bundle entries; add each with {@link Builder#add(String, Resource)}. */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private final Map<String, Resource> byFullUrl = new HashMap<>();
        private final Map<String, Resource> byTypeAndId = new HashMap<>();

        /** @param fullUrl the entry's fullUrl, may be null */
        public Builder add(String fullUrl, Resource resource) {
            if (fullUrl != null && !fullUrl.isBlank()) {
                byFullUrl.put(fullUrl.strip(), resource);
            }
            String id = resource.getIdElement().getIdPart();
            if (id != null) {
                byTypeAndId.put(resource.fhirType() + "/" + id, resource);
            }
            return this;
        }

        public ReferenceResolver build() {
            return new ReferenceResolver(Map.copyOf(byFullUrl), Map.copyOf(byTypeAndId));
        }
    }

    /** The resource {@code reference} points to if it has the given type, else null. */
    public <T extends Resource> T resolve(DomainResource owner, Reference reference, Class<T> type) {
        Resource found = resolve(owner, reference);
        return type.isInstance(found) ? type.cast(found) : null;
    }

    /** The resource {@code reference} points to, or null. */
    public Resource resolve(DomainResource owner, Reference reference) {
        if (reference == null || reference.isEmpty()) {
            return null;
        }
        if (reference.getResource() instanceof Resource inline) {
            return inline;
        }
        String target = reference.getReference();
        if (target == null || target.isBlank()) {
            return null;
        }
        target = target.strip();
        if (target.startsWith("#")) {
            String id = target.substring(1);
            for (Resource contained : owner.getContained()) {
                String containedId = contained.getIdElement().getIdPart();
                if (containedId != null && (containedId.equals(id) || containedId.equals(target))) {
                    return contained;
                }
            }
            return null;
        }
        Resource found = byFullUrl.get(target);
        if (found != null) {
            return found;
        }
        String[] parts = target.split("/");
        int n = parts.length;
        if (n >= 4 && parts[n - 2].equals("_history")) {
            n -= 2; // Type/id/_history/vid
        }
        return n >= 2 ? byTypeAndId.get(parts[n - 2] + "/" + parts[n - 1]) : null;
    }
}
