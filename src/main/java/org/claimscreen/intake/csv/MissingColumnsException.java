package org.claimscreen.intake.csv;

import java.util.List;

/**
 * A claim CSV whose header lacks required columns: the file fails before any row is read,
 * naming all of them at once ({@code "claims.csv: missing required column(s) member_id, units"}).
 */
public class MissingColumnsException extends CsvFileException {

    private final List<String> missingColumns;

    public MissingColumnsException(String file, List<String> missingColumns) {
        this(file, missingColumns, "");
    }

    /** @param why said after the names, e.g. why a column mapping did not supply them */
    public MissingColumnsException(String file, List<String> missingColumns, String why) {
        super(file, 0, "missing required column(s) " + String.join(", ", missingColumns) + why);
        this.missingColumns = List.copyOf(missingColumns);
    }

    public List<String> missingColumns() {
        return missingColumns;
    }
}
