package dev.alliance.api.agreement;

import java.util.Objects;

/**
 * The intellectual-property clause: who owns background IP (brought in), foreground IP (created
 * jointly) and sideground IP (created by one partner with the alliance's resources), and whether
 * partners may use each other's background IP for the alliance's work.
 *
 * @param background owner of background IP
 * @param foreground owner of foreground IP
 * @param sideground owner of sideground IP
 * @param backgroundLicensedForAllianceWork whether partners receive a licence to each other's
 *     background IP for the alliance's work
 */
public record IntellectualPropertyClause(
    IpOwnership background,
    IpOwnership foreground,
    IpOwnership sideground,
    boolean backgroundLicensedForAllianceWork) {
  /** Validates the clause. */
  public IntellectualPropertyClause {
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(foreground, "foreground");
    Objects.requireNonNull(sideground, "sideground");
  }
}
