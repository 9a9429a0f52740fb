package org.claimscreen.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimscreen.domain.claim.ProcedureCode;

/**
 * A named set of procedure codes written as codes and ranges ("97161-97168", "G0283").
 * Ranges compare codes as strings of equal length, as CPT ranges are meant.
 */
public final class CodeSet {

    private final String name;
    private final List<String[]> ranges = new ArrayList<>();
    private final List<String> entries = new ArrayList<>();

    private CodeSet(String name) {
        this.name = name;
    }

    public static CodeSet of(String name, String... entries) {
        CodeSet set = new CodeSet(name);
        for (String entry : entries) {
            String[] bounds = entry.strip().toUpperCase(Locale.ROOT).split("\\s*-\\s*");
            if (bounds.length == 1) {
                set.ranges.add(new String[] {bounds[0], bounds[0]});
                set.entries.add(bounds[0]);
            } else if (bounds.length == 2 && bounds[0].length() == bounds[1].length() && bounds[0].compareTo(bounds[1]) <= 0) {
                set.ranges.add(bounds);
                set.entries.add(bounds[0] + "-" + bounds[1]);
            } else {
                throw new IllegalArgumentException("code set " + name + ": '" + entry + "' is not a code or a range");
            }
        }
        return set;
    }

    public boolean contains(ProcedureCode code) {
        return contains(code.value());
    }

    public boolean contains(String code) {
        for (String[] range : ranges) {
            if (code.length() == range[0].length() && code.compareTo(range[0]) >= 0 && code.compareTo(range[1]) <= 0) {
                return true;
            }
        }
        return false;
    }

    public String name() {
        return name;
    }

    /** The codes and ranges as written, normalised ("97161-97168", "G0283"), in the order given. */
    public List<String> entries() {
        return List.copyOf(entries);
    }

    @Override
    public String toString() {
        return name + " " + entries;
    }
}
