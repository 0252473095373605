package dev.alliance.core.ip;

import dev.alliance.core.statemachine.Rule;
import java.util.List;

/** The rules the {@link IpRegister} checks; each rejection names one by its id. */
public final class IpRules {
  private IpRules() {}

  /** An asset's identity is unique in the register. */
  public static final Rule ASSET_ID_UNIQUE = new Rule("ip.asset-id-unique", "no registered asset has the new asset's identity");

  /** A licence is of a registered asset. */
  public static final Rule ASSET_REGISTERED = new Rule("ip.asset-registered", "the licensed asset is in the register");

  /** A licence's identity is unique in the register. */
  public static final Rule LICENCE_ID_UNIQUE = new Rule("ip.licence-id-unique", "no licence in the register has the new licence's identity");

  /** An owner needs no licence of its own asset. */
  public static final Rule LICENSEE_NOT_OWNER = new Rule("ip.licensee-not-owner", "the licensee does not own the asset");

  /** Nothing may be granted on ground an exclusive licence already covers. */
  public static final Rule EXCLUSIVE_CONFLICT =
      new Rule(
          "ip.exclusive-licence-conflict",
          "the licence shares no field of use, region and day of the same asset with an exclusive licence");

  /** An exclusive licence may only be granted on ground no other licence covers. */
  public static final Rule EXCLUSIVE_NEEDS_CLEAR_GROUND =
      new Rule(
          "ip.exclusive-needs-clear-ground",
          "an exclusive licence shares no field of use, region and day of the same asset with any other licence");

  /** @return every rule, in the order the register checks them */
  public static List<Rule> all() {
    return List.of(ASSET_ID_UNIQUE, ASSET_REGISTERED, LICENCE_ID_UNIQUE, LICENSEE_NOT_OWNER, EXCLUSIVE_CONFLICT, EXCLUSIVE_NEEDS_CLEAR_GROUND);
  }
}
