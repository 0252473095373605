package dev.alliance.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture rules of ../shared/design/architecture.md as ArchUnit rules. Each module's
 * tests import their own production classes and check the rules that concern them.
 *
 * <pre>{@code
 * JavaClasses core = ArchitectureRules.importProduction("dev.alliance.core");
 * ArchitectureRules.noPackageCycles().check(core);
 * }</pre>
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /**
   * @param packages the root packages to import
   * @return the production classes (no tests) of those packages found on the class path
   */
  public static JavaClasses importProduction(String... packages) {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(packages);
  }

  /** @return no cycles between any two packages of the library */
  public static ArchRule noPackageCycles() {
    return slices().matching("dev.alliance.(**)").should().beFreeOfCycles();
  }

  /**
   * The api depends on the JDK and on itself only. The one exception is Immutables' own
   * annotations ({@code @Value.Immutable}, {@code @Value.Check}, ...) on the abstract value types:
   * they have class retention, the JVM ignores them at run time, and a compiler without them on
   * its class path skips them silently, so they reach no user.
   *
   * @return the rule
   */
  public static ArchRule apiDependsOnNothingOfOurs() {
    return classes()
        .that()
        .resideInAPackage("dev.alliance.api..")
        .should()
        .onlyDependOnClassesThat(
            JavaClass.Predicates.resideInAnyPackage("java..", "dev.alliance.api..").or(immutablesAnnotations()))
        .because("the api is pure: JDK types and its own only (architecture.md, Modules)");
  }

  /** @return the spi depends on the api and the JDK only */
  public static ArchRule spiDependsOnlyOnApi() {
    return classes()
        .that()
        .resideInAPackage("dev.alliance.spi..")
        .should()
        .onlyDependOnClassesThat(
            JavaClass.Predicates.resideInAnyPackage("java..", "dev.alliance.api..", "dev.alliance.spi..")
                .or(immutablesAnnotations()))
        .because("providers must be writable against the api alone (architecture.md, Modules)");
  }

  /** @return no api or spi type mentions vavr or SLF4J */
  public static ArchRule noVavrOrSlf4jInApiOrSpi() {
    return noClasses()
        .that()
        .resideInAnyPackage("dev.alliance.api..", "dev.alliance.spi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.vavr..", "org.slf4j..")
        .because("vavr and SLF4J serve inside core only (architecture.md, Modules)");
  }

  /**
   * Users of core should not need vavr on their compile path: public methods of core's public
   * types neither take nor return vavr types.
   *
   * @return the rule
   */
  public static ArchRule noVavrInCorePublicSignatures() {
    return methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("dev.alliance.core..")
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .arePublic()
        .should(notMentionVavrInSignature())
        .allowEmptyShould(true)
        .because("vavr serves inside core; users see JDK and api types (architecture.md, Modules)");
  }

  /**
   * Only examples, benchmarks and tests may depend on core: providers (TCK, JDBC store), the test
   * kit and the api and spi may not.
   *
   * @return the rule
   */
  public static ArchRule nothingButExamplesAndBenchmarksDependOnCore() {
    return noClasses()
        .that()
        .resideOutsideOfPackages("dev.alliance.core..", "dev.alliance.examples..", "dev.alliance.benchmarks..")
        .and()
        .resideInAPackage("dev.alliance..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.alliance.core..")
        .allowEmptyShould(true)
        .because("core is the engine users call, not a library for providers (architecture.md, Modules)");
  }

  private static DescribedPredicate<JavaClass> immutablesAnnotations() {
    return DescribedPredicate.describe(
        "are Immutables' compile-time annotations",
        type -> type.getName().startsWith("org.immutables.value.Value"));
  }

  private static ArchCondition<JavaMethod> notMentionVavrInSignature() {
    return new ArchCondition<>("not mention vavr types in their signature") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean mentions =
            method.getReturnType().getAllInvolvedRawTypes().stream().anyMatch(ArchitectureRules::isVavr)
                || method.getParameterTypes().stream()
                    .flatMap(t -> t.getAllInvolvedRawTypes().stream())
                    .anyMatch(ArchitectureRules::isVavr);
        if (mentions) {
          events.add(SimpleConditionEvent.violated(method, method.getFullName() + " mentions a vavr type"));
        }
      }
    };
  }

  private static boolean isVavr(JavaClass type) {
    return type.getPackageName().startsWith("io.vavr");
  }
}
