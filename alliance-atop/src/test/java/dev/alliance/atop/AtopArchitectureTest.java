package dev.alliance.atop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.alliance.testkit.ArchitectureRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The importer depends on the api, Commons CSV and the JDK only (docs/decisions/0040-atop-module.md). */
class AtopArchitectureTest {
  private static JavaClasses atop;

  @BeforeAll
  static void importAtop() {
    atop = ArchitectureRules.importProduction("dev.alliance.atop");
  }

  @Test
  void hasNoPackageCycles() {
    ArchitectureRules.noPackageCycles().check(atop);
  }

  @Test
  void dependsOnTheApiAndCommonsCsvOnly() {
    classes()
        .that()
        .resideInAPackage("dev.alliance.atop..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.alliance.api..", "dev.alliance.atop..", "org.apache.commons.csv..")
        .check(atop);
  }
}
