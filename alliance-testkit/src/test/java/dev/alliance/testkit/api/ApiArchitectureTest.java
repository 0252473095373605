package dev.alliance.testkit.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.alliance.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The api module's architecture rules. They run here, beside the api's property tests, because the
 * api module cannot depend on the test kit that depends on it (docs/decisions/0003-test-kit.md).
 */
class ApiArchitectureTest {
  private static JavaClasses api;

  @BeforeAll
  static void importApi() {
    api = ArchitectureRules.importProduction("dev.alliance.api");
  }

  @Test
  void hasNoPackageCycles() {
    ArchitectureRules.noPackageCycles().check(api);
  }

  @Test
  void dependsOnTheJdkAndItselfOnly() {
    ArchitectureRules.apiDependsOnNothingOfOurs().check(api);
  }

  @Test
  void mentionsNeitherVavrNorSlf4j() {
    ArchitectureRules.noVavrOrSlf4jInApiOrSpi().check(api);
  }
}
