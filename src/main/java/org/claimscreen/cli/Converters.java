package org.claimscreen.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The typed values of claimscreen's options and arguments. Each refusal says what the value is not;
 * {@link UsageErrors} puts the option's name before it.
 */
final class Converters {

    private Converters() {
    }

    /** YYYY-MM-DD. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
            }
        }
    }

    /** Any path (a folder that may not exist yet, such as --out). */
    static final class AnyPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            if (text.isBlank()) {
                throw new TypeConversionException("'" + text + "' is not a path");
            }
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + text + "' is not a path (" + e.getReason() + ")");
            }
        }
    }

    /** A file that exists and can be read (reference data, rule packs, overrides, mappings). */
    static final class ReadableFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path file = new AnyPath().convert(text);
            if (!Files.isRegularFile(file)) {
                throw new TypeConversionException("no such file: " + text);
            }
            if (!Files.isReadable(file)) {
                throw new TypeConversionException("cannot read " + text + " (permission denied)");
            }
            return file;
        }
    }

    /** A claim file or folder to screen: it exists and can be read. */
    static final class ReadableInput implements ITypeConverter<Path> {
        @Override
        public Path convert(String text) {
            Path input = new AnyPath().convert(text);
            if (!Files.exists(input)) {
                throw new TypeConversionException("no such file or folder: " + text);
            }
            if (!Files.isReadable(input)) {
                throw new TypeConversionException("cannot read " + text + " (permission denied)");
            }
            return input;
        }
    }

    /** A run id, as {@code claimscreen runs} lists them. */
    static final class RunId implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            long id;
            try {
                id = Long.parseLong(text);
            } catch (NumberFormatException e) {
                id = 0;
            }
            if (id < 1) {
                // run ids start at 1: "0" or "-3" would reach the database only to find nothing
                throw new TypeConversionException("'" + text + "' is not a run id (a number, as 'claimscreen runs' lists them)");
            }
            return id;
        }
    }

    /** How many runs to list: 1 or more. */
    static final class RunCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return wholeNumber(text, 1, Integer.MAX_VALUE, "'%s' is not a number of runs (1 or more)");
        }
    }

    /** A TCP port: 0 (any free one) to 65535. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return wholeNumber(text, 0, 65535, "'%s' is not a port (0 to 65535)");
        }
    }

    /** {@code worker --threads N}: partitions at once, 1 to 256. */
    static final class Threads implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return wholeNumber(text, 1, 256, "'%s' is not a number of threads (1 to 256)");
        }
    }

    private static int wholeNumber(String text, int min, int max, String refusal) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new TypeConversionException(String.format(refusal, text));
    }
}
