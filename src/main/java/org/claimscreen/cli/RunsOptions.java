package org.claimscreen.cli;

/**
 * What {@code runs}, {@code show}, {@code restart} and {@code rerun} were asked to do.
 *
 * @param command runs, show, restart or rerun
 * @param runId   the run named, null for {@code runs} and {@code restart --last}
 * @param last    {@code restart --last}: the newest run
 * @param limit   how many runs {@code runs} lists
 */
public record RunsOptions(String command, Long runId, boolean last, int limit) {
}
