package dev.alliance.examples;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.alliance.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules that need the whole system on the class path: every production class of the library
 * that this module sees, examples included.
 */
class SystemArchitectureTest {
  private static JavaClasses all;

  @BeforeAll
  static void importEverything() {
    all = ArchitectureRules.importProduction("dev.alliance");
  }

  @Test
  void hasNoPackageCyclesAnywhere() {
    ArchitectureRules.noPackageCycles().check(all);
  }

  @Test
  void onlyExamplesAndBenchmarksDependOnCore() {
    ArchitectureRules.nothingButExamplesAndBenchmarksDependOnCore().check(all);
  }
}
