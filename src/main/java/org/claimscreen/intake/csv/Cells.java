package org.claimscreen.intake.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimscreen.domain.claim.Money;

/**
 * Hand-written parsers for the cell formats of the claim and reference CSVs. They run once per cell
 * of files with a million lines, so they avoid regular expressions and {@code DateTimeFormatter}
 * and report failure by return value rather than by exception.
 */
final class Cells {

    /** Returned by {@link #wholeNumber} for text that is not a whole number. */
    static final long NOT_A_NUMBER = -1;

    private Cells() {
    }

    /** The stripped cell text, or null when the cell is empty or blank ("not given"). */
    static String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        String stripped = cell.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * {@code YYYY-MM-DD} or {@code MM/DD/YYYY} (month and day may have one digit, as spreadsheets
     * write them), or null when the text is neither or names no real day (2026-02-30).
     */
    static LocalDate date(String text) {
        try {
            int length = text.length();
            if (length == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
            }
            int slash = text.indexOf('/');
            int secondSlash = slash < 0 ? -1 : text.indexOf('/', slash + 1);
            if (slash >= 1 && slash <= 2 && secondSlash - slash >= 2 && secondSlash - slash <= 3
                    && length - secondSlash == 5) {
                int month = digits(text, 0, slash);
                int day = digits(text, slash + 1, secondSlash);
                int year = digits(text, secondSlash + 1, length);
                return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
            }
            return null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** True for text shaped like {@code YYYY-MM-DD}, which {@link #date} reads as ISO whatever else is accepted. */
    static boolean isIsoDateShape(String text) {
        return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
    }

    /**
     * The value of a whole number written with a decimal point and only zeros after it, as some
     * exports write counts ({@code 1.0}, {@code 12.00}), or {@link #NOT_A_NUMBER}.
     */
    static long wholeNumberWithZeroFraction(String text) {
        int dot = text.indexOf('.');
        if (dot < 1 || dot == text.length() - 1) {
            return NOT_A_NUMBER;
        }
        for (int i = dot + 1; i < text.length(); i++) {
            if (text.charAt(i) != '0') {
                return NOT_A_NUMBER;
            }
        }
        return wholeNumber(text.substring(0, dot));
    }

    /**
     * The value of a cell of digits only (no sign, no decimals), {@link Long#MAX_VALUE} when it has
     * more digits than any range we check, {@link #NOT_A_NUMBER} when it is not a whole number.
     */
    static long wholeNumber(String text) {
        int length = text.length();
        if (length == 0) {
            return NOT_A_NUMBER;
        }
        long value = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return NOT_A_NUMBER;
            }
            if (value < 100_000_000_000L) {
                value = value * 10 + (c - '0');
            } else {
                value = Long.MAX_VALUE;
            }
        }
        return value;
    }

    /**
     * Dollars as {@link Money#parse} reads them. Plain amounts ({@code 85}, {@code 85.5},
     * {@code 120.00}) are converted here without the regular expression {@code Money.parse} compiles
     * per call; anything else ({@code $}, commas, errors) goes to {@code Money.parse}, so the two
     * cannot disagree about what is valid.
     */
    static Money money(String text) {
        int length = text.length();
        int dot = -1;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && dot < 0) {
                dot = i;
            } else if (c < '0' || c > '9') {
                return Money.parse(text);
            }
        }
        int wholeDigits = dot < 0 ? length : dot;
        int decimals = dot < 0 ? 0 : length - dot - 1;
        if (wholeDigits < 1 || wholeDigits > 12 || decimals > 2) {
            return Money.parse(text);
        }
        long cents = 0;
        for (int i = 0; i < wholeDigits; i++) {
            cents = cents * 10 + (text.charAt(i) - '0');
        }
        for (int i = 1; i <= 2; i++) {
            cents = cents * 10 + (i <= decimals ? text.charAt(dot + i) - '0' : 0);
        }
        return Money.ofCents(cents);
    }

    /**
     * The items of a list cell separated by {@code ;}, {@code ,}, {@code :} or white space (any
     * run of them), e.g. {@code "GP;59"}, {@code "GP, 59"}, {@code "GP 59"}. Codes never contain
     * these characters, so one splitter serves modifiers, diagnoses, pointers and networks.
     */
    static List<String> items(String text) {
        List<String> items = new ArrayList<>(4);
        int length = text.length();
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean separator = i == length || isSeparator(text.charAt(i));
            if (separator && start >= 0) {
                items.add(text.substring(start, i));
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return items;
    }

    private static boolean isSeparator(char c) {
        return c == ';' || c == ',' || c == ':' || Character.isWhitespace(c);
    }

    /** The value of {@code text[from, to)} when it is all digits, else -1. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
