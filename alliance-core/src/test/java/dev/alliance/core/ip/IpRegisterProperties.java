package dev.alliance.core.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.alliance.api.ip.IpAsset;
import dev.alliance.api.ip.Licence;
import dev.alliance.testkit.IpGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Over random sequences of grants: a grant is accepted exactly when a brute-force reading of the
 * rules says so, a register never holds an exclusive licence sharing ground with another licence,
 * and a rejection names a licence that really conflicts.
 */
class IpRegisterProperties {

  @Test
  void grantsFollowTheRulesAndNoExclusiveLicenceEverSharesGround() {
    qt().forAll(IpGenerators.grants())
        .checkAssert(
            grants -> {
              IpRegister register = IpRegister.empty();
              for (IpAsset asset : IpGenerators.assets()) {
                register = register.register(asset).register();
              }
              List<Licence> granted = new ArrayList<>();
              for (Licence licence : grants) {
                IpRegisterResult result = register.grant(licence);
                assertEquals(expected(register, granted, licence), result.rejection().map(r -> r.rule()), licence.toString());
                result.rejection().ifPresent(r -> {
                  if (r.rule().startsWith("ip.exclusive")) {
                    assertTrue(granted.stream().anyMatch(g -> r.reason().contains(g.id() + " ") && g.overlaps(licence)), r.toString());
                  }
                });
                if (result.isAccepted()) {
                  granted.add(licence);
                }
                register = result.register();
              }
              assertEquals(granted, register.licences());
              for (Licence a : granted) {
                for (Licence b : granted) {
                  if (a != b && (a.exclusive() || b.exclusive())) {
                    assertFalse(a.overlaps(b), a + " and " + b);
                  }
                }
              }
            });
  }

  /** The rules read directly off their documentation, in their order. */
  private static Optional<String> expected(IpRegister register, List<Licence> granted, Licence licence) {
    Optional<IpAsset> asset = register.asset(licence.asset());
    if (asset.isEmpty()) {
      return Optional.of("ip.asset-registered");
    }
    if (granted.stream().anyMatch(g -> g.id().equals(licence.id()))) {
      return Optional.of("ip.licence-id-unique");
    }
    if (asset.get().owners().contains(licence.licensee())) {
      return Optional.of("ip.licensee-not-owner");
    }
    if (granted.stream().anyMatch(g -> g.exclusive() && g.overlaps(licence))) {
      return Optional.of("ip.exclusive-licence-conflict");
    }
    if (licence.exclusive() && granted.stream().anyMatch(g -> g.overlaps(licence))) {
      return Optional.of("ip.exclusive-needs-clear-ground");
    }
    return Optional.empty();
  }
}
