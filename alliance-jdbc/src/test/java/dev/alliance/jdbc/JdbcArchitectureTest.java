package dev.alliance.jdbc;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.alliance.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JDBC store's architecture rules: a provider, so never on the core. */
class JdbcArchitectureTest {
  private static JavaClasses jdbc;

  @BeforeAll
  static void importJdbc() {
    jdbc = ArchitectureRules.importProduction("dev.alliance.jdbc");
  }

  @Test
  void doesNotDependOnCore() {
    ArchitectureRules.nothingButExamplesAndBenchmarksDependOnCore().check(jdbc);
  }

  @Test
  void hasNoPackageCycles() {
    ArchitectureRules.noPackageCycles().check(jdbc);
  }
}
