package org.claimscreen.domain.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run's documentation on file (documentation.csv, docs/reference-data.md), by member, service
 * date and procedure code. A claim line's plan of care, ABN on file, LMN on file and minutes that
 * its input does not give (not given, no minutes) are taken from the row of its service; what the
 * input states always wins. The same rule holds for every input format: an 837P has no field for
 * three of them, and a CSV or FHIR export may leave them empty.
 */
public final class Documentation {

    /** A run without documentation: every line keeps what its input says. */
    public static final Documentation NONE = new Documentation(Map.of());

    /** What a service is looked up by. */
    public record Key(MemberId memberId, LocalDate serviceDate, ProcedureCode procedureCode) {
    }

    private final Map<Key, DocumentedService> services;

    private Documentation(Map<Key, DocumentedService> services) {
        this.services = services;
    }

    /**
     * @throws IllegalArgumentException when two services have the same key (the loader refuses
     *                                  such a file first, naming both lines)
     */
    public static Documentation of(List<DocumentedService> services) {
        Map<Key, DocumentedService> byKey = new HashMap<>();
        for (DocumentedService service : services) {
            if (byKey.putIfAbsent(service.key(), service) != null) {
                throw new IllegalArgumentException("a service of member " + service.memberId() + " on "
                        + service.serviceDate() + " (" + service.procedureCode() + ") is documented twice");
            }
        }
        return new Documentation(Map.copyOf(byKey));
    }

    public int size() {
        return services.size();
    }

    public boolean isEmpty() {
        return services.isEmpty();
    }

    /** The documentation of a member's service, if the records hold a row for it. */
    public Optional<DocumentedService> of(MemberId member, LocalDate serviceDate, ProcedureCode procedureCode) {
        if (services.isEmpty() || member == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(services.get(new Key(member, serviceDate, procedureCode)));
    }

    /** Whether the records hold a row for this line of the member's. */
    public boolean documents(MemberId member, ClaimLine line) {
        return of(member, line.serviceDate(), line.procedureCode()).isPresent();
    }

    /** The line with what its input leaves open taken from its service's row; the line itself when nothing changes. */
    public ClaimLine fill(MemberId member, ClaimLine line) {
        Optional<DocumentedService> found = of(member, line.serviceDate(), line.procedureCode());
        if (found.isEmpty()) {
            return line;
        }
        DocumentedService row = found.get();
        Indicator planOfCare = either(line.planOfCare(), row.planOfCare());
        Indicator abnOnFile = either(line.abnOnFile(), row.abnOnFile());
        Indicator lmnOnFile = either(line.lmnOnFile(), row.lmnOnFile());
        Integer minutes = line.minutes() != null ? line.minutes() : row.minutes();
        if (planOfCare == line.planOfCare() && abnOnFile == line.abnOnFile() && lmnOnFile == line.lmnOnFile()
                && java.util.Objects.equals(minutes, line.minutes())) {
            return line;
        }
        return new ClaimLine(line.lineNumber(), line.sourceLine(), line.serviceDate(), line.placeOfService(),
                line.procedureCode(), line.modifiers(), line.units(), minutes, line.charge(),
                line.diagnosisPointers(), line.renderingNpi(), line.renderingTaxonomy(), line.supervisingNpi(),
                line.referringNpi(), line.billingNpi(), planOfCare, abnOnFile, lmnOnFile);
    }

    /** A row of a flat export, its line filled. */
    public ClaimRow fill(ClaimRow row) {
        ClaimLine line = fill(row.memberId(), row.line());
        return line == row.line() ? row : row.withLine(line);
    }

    /** A whole claim, every line filled. */
    public Claim fill(Claim claim) {
        if (services.isEmpty()) {
            return claim;
        }
        List<ClaimLine> lines = new ArrayList<>(claim.lines().size());
        boolean changed = false;
        for (ClaimLine line : claim.lines()) {
            ClaimLine filled = fill(claim.memberId(), line);
            changed |= filled != line;
            lines.add(filled);
        }
        return changed ? claim.withLines(lines) : claim;
    }

    private static Indicator either(Indicator stated, Indicator documented) {
        return stated == Indicator.NOT_GIVEN ? documented : stated;
    }
}
