package org.claimscreen.intake.csv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * A header row: names matched case-insensitively and ignoring surrounding spaces, resolved to cell
 * positions once so that rows are read by position without a name lookup per cell.
 *
 * <p>Header cells left empty are ignored rather than refused: spreadsheets often export a trailing
 * empty column or two, and nothing can be meant by a column without a name.
 */
final class CsvHeader {

    private final Map<String, Integer> positions;
    private final List<String> names;
    private final int size;
    private final String duplicate;

    private CsvHeader(Map<String, Integer> positions, List<String> names, int size, String duplicate) {
        this.positions = positions;
        this.names = names;
        this.size = size;
        this.duplicate = duplicate;
    }

    static CsvHeader of(CSVRecord record) {
        Map<String, Integer> positions = new HashMap<>();
        List<String> names = new ArrayList<>(record.size());
        String duplicate = null;
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            names.add(name);
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = positions.putIfAbsent(normalize(name), i);
            if (earlier != null && duplicate == null) {
                duplicate = "column '" + name + "' appears twice in the header (columns " + (earlier + 1)
                        + " and " + (i + 1) + ")";
            }
        }
        return new CsvHeader(positions, names, record.size(), duplicate);
    }

    static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Why the header is unusable because a name repeats, or null when no name does. */
    String duplicate() {
        return duplicate;
    }

    /** Number of cells in the header row: every record must have as many. */
    int size() {
        return size;
    }

    /** Position of a canonical (lower-case) column, or -1 when the header does not have it. */
    int position(String column) {
        Integer position = positions.get(column);
        return position == null ? -1 : position;
    }

    /** The header's names as written (stripped), in header order; empty cells stay empty. */
    List<String> names() {
        return names;
    }

    /** The columns of {@code required} that the header lacks, in the order given. */
    List<String> missing(Collection<String> required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!positions.containsKey(column)) {
                missing.add(column);
            }
        }
        return missing;
    }

    /** The header names (as written, stripped) that are not in {@code known}, in header order. */
    List<String> unknown(Collection<String> known) {
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            if (!name.isEmpty() && !known.contains(normalize(name))) {
                unknown.add(name);
            }
        }
        return unknown;
    }
}
