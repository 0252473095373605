package dev.alliance.core.ip;

import dev.alliance.api.command.Rejection;
import java.util.Objects;
import java.util.Optional;

/**
 * What registering an asset or granting a licence yields: the register afterwards, or the
 * rejection and the register unchanged.
 *
 * @param register the register after the act; the same register when it was rejected
 * @param rejection why the act was refused, when it was
 */
public record IpRegisterResult(IpRegister register, Optional<Rejection> rejection) {
  /** Checks for nulls. */
  public IpRegisterResult {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(rejection, "rejection");
  }

  /** @return true when the act was recorded */
  public boolean isAccepted() {
    return rejection.isEmpty();
  }
}
