package dev.alliance.core.contribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.core.ip.IpRules;
import dev.alliance.core.statemachine.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/contributions.md lists every rule the contribution engine and the IP register check, with its words. */
class ContributionDocsTest {
  private static final Path DOC =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../docs/contributions.md").normalize();

  @Test
  void everyRuleIsDocumentedWithItsDescription() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    List<Rule> rules = new ArrayList<>(ContributionRules.all());
    rules.addAll(IpRules.all());
    for (Rule rule : rules) {
      assertTrue(doc.contains("| `" + rule.id() + "` | " + rule.description() + " |"), () -> "docs/contributions.md lacks the row of " + rule);
    }
  }
}
