package org.claimscreen.intake.csv;

/**
 * Keeps text from the input from running as a formula when a CSV is opened in a spreadsheet
 * (CSV injection). outputs.md: a text cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return is written with a leading {@code '}.
 *
 * <p>Apply it to every text cell, and only to text: numbers and dates we format ourselves
 * ({@code -}-free by construction, since {@code Money} is never negative) are written as they are,
 * so they stay numbers in the spreadsheet.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    /** The text as a spreadsheet-safe cell; {@code null} stays {@code null} (an empty cell). */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
