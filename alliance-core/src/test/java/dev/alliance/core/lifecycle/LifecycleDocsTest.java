package dev.alliance.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed lifecycle documentation and diagrams are exactly what the transition tables
 * generate. With {@code -Dalliance.docs.write=true} the test writes them instead (see {@link
 * LifecycleDocs#REGENERATE}).
 */
class LifecycleDocsTest {
  private static final Path DOCS = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../docs").normalize();

  @Test
  void committedDocsMatchTheTables() throws IOException {
    Map<String, String> generated = LifecycleDocs.files();
    if (Boolean.getBoolean("alliance.docs.write")) {
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Path path = DOCS.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
    }
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> file : generated.entrySet()) {
      Path path = DOCS.resolve(file.getKey());
      if (!Files.exists(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
        stale.add("docs/" + file.getKey());
      }
    }
    assertTrue(
        stale.isEmpty(),
        () -> "out of date with LifecycleTables: " + stale + ". Regenerate from the repository root with: "
            + LifecycleDocs.REGENERATE);
  }

  @Test
  void theDocsShowEveryStateAndEventOfBothTables() {
    String markdown = LifecycleDocs.markdown();
    for (var table : List.of(LifecycleTables.alliance(), LifecycleTables.membership(), dev.alliance.core.proposal.ProposalTables.proposal())) {
      for (Enum<?> state : table.states().getEnumConstants()) {
        assertTrue(markdown.contains("`" + state.name() + "`"), state.name());
      }
      table.transitions().forEach(t -> assertTrue(markdown.contains("`" + t.event().getSimpleName() + "`"), t.toString()));
    }
    for (var rule : dev.alliance.core.proposal.ProposalTables.gateRules()) {
      assertTrue(markdown.contains("`" + rule.id() + "`"), rule.id());
    }
    assertEquals(7, LifecycleDocs.files().size());
  }
}
