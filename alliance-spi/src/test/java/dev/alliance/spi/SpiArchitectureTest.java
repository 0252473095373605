package dev.alliance.spi;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.alliance.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spi module's architecture rules: it builds on the api alone. */
class SpiArchitectureTest {
  private static JavaClasses spi;

  @BeforeAll
  static void importSpi() {
    spi = ArchitectureRules.importProduction("dev.alliance.spi");
  }

  @Test
  void dependsOnlyOnTheApi() {
    ArchitectureRules.spiDependsOnlyOnApi().check(spi);
  }

  @Test
  void mentionsNeitherVavrNorSlf4j() {
    ArchitectureRules.noVavrOrSlf4jInApiOrSpi().check(spi);
  }

  @Test
  void hasNoPackageCycles() {
    ArchitectureRules.noPackageCycles().check(spi);
  }
}
