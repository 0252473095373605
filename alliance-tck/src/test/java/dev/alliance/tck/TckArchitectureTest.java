package dev.alliance.tck;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.alliance.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conformance kit's architecture rules: it never reaches into the core it would judge. */
class TckArchitectureTest {
  private static JavaClasses tck;

  @BeforeAll
  static void importTck() {
    tck = ArchitectureRules.importProduction("dev.alliance.tck");
  }

  @Test
  void doesNotDependOnCore() {
    ArchitectureRules.nothingButExamplesAndBenchmarksDependOnCore().check(tck);
  }

  @Test
  void hasNoPackageCycles() {
    ArchitectureRules.noPackageCycles().check(tck);
  }
}
