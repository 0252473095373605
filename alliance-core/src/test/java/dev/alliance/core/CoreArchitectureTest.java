package dev.alliance.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.alliance.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The core module's architecture rules. */
class CoreArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = ArchitectureRules.importProduction("dev.alliance.core");
  }

  @Test
  void hasNoPackageCycles() {
    ArchitectureRules.noPackageCycles().check(core);
  }

  @Test
  void keepsVavrOutOfItsPublicSignatures() {
    ArchitectureRules.noVavrInCorePublicSignatures().check(core);
  }
}
