package org.claimscreen.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code claimscreen screen} was asked to do.
 *
 * @param plans     null when neither given nor found beside the inputs
 * @param providers null when neither given nor found beside the inputs
 */
public record ScreenOptions(List<Path> inputs, Path outDir, LocalDate asOf, Path plans, Path providers, boolean force) {
}
