package org.claimscreen.intake;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file so that readers see either the old content or the complete new content, never a
 * half-written report that looks finished. The body writes to a hidden temp file in the target's
 * own folder (same file system, so the rename can be atomic); the temp file is forced to disk and
 * then moved over the target with {@code ATOMIC_MOVE}, falling back to {@code REPLACE_EXISTING}
 * where the file system cannot rename atomically. If the body fails, the temp file is deleted and
 * the target is left as it was.
 *
 * <p>The body must not rely on closing the stream or writer it is given: closing only flushes,
 * the file is closed here after it has been forced to disk. That lets bodies use
 * try-with-resources on a {@code CSVPrinter} or {@code JsonGenerator} safely.
 */
public final class AtomicFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /** Writes {@code target} as UTF-8 text produced by {@code body}. */
    public static void write(Path target, IoConsumer<Writer> body) throws IOException {
        writeBytes(target, out -> {
            Writer writer = new Utf8Writer(out, 16 * 1024);
            body.accept(new WriterCloseShield(writer));
            writer.flush();
        });
    }

    /** Writes {@code target} as the bytes produced by {@code body}. */
    public static void writeBytes(Path target, IoConsumer<OutputStream> body) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + absolute.getFileName() + "." + randomSuffix() + ".tmp");
        try {
            // CREATE_NEW: never write into somebody else's file; default permissions follow the
            // umask, unlike Files.createTempFile which would make the report owner-only.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024);
                body.accept(new CloseShield(buffered));
                buffered.flush();
                channel.force(true);
            }
            move(temp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncFolder(folder);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS); best effort. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the file itself is already on disk.
        }
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Passes writes through; close() only flushes, so the body cannot close the file under us. */
    private static final class CloseShield extends FilterOutputStream {

        CloseShield(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** The same for text: close() flushes the encoder into the file but leaves it open. */
    private static final class WriterCloseShield extends FilterWriter {

        WriterCloseShield(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
