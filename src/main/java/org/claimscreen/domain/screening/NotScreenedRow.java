package org.claimscreen.domain.screening;

/**
 * One row of not-screened.csv: a claim (or resource) that was read but is out of the rules' scope,
 * with the line it starts at and why it was left out.
 *
 * @param claimId null when the record carried none
 */
public record NotScreenedRow(String file, long line, String claimId, String reason) {
}
