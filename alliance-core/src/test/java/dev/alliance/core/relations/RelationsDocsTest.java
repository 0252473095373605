package dev.alliance.core.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.core.dispute.DisputeTables;
import dev.alliance.core.statemachine.TableDiagrams;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed docs/relations.md and the dispute diagrams are exactly what the rules generate.
 * With {@code -Dalliance.docs.write=true} the test writes them instead (see {@link
 * RelationsDocs#REGENERATE}).
 */
class RelationsDocsTest {
  private static final Path DOCS = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../docs").normalize();

  @Test
  void committedDocsMatchTheRules() throws IOException {
    Map<String, String> generated = RelationsDocs.files();
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
    assertTrue(stale.isEmpty(), () -> "out of date with the rules: " + stale + ". Regenerate with: " + RelationsDocs.REGENERATE);
  }

  @Test
  void theDocsShowEveryStateEventAndRule() {
    String markdown = RelationsDocs.markdown();
    for (Enum<?> state : DisputeTables.dispute().states().getEnumConstants()) {
      assertTrue(markdown.contains("`" + state.name() + "`"), state.name());
    }
    DisputeTables.dispute().transitions().forEach(t -> assertTrue(markdown.contains("`" + t.event().getSimpleName() + "`"), t.toString()));
    TableDiagrams.rules(DisputeTables.dispute()).forEach(r -> assertTrue(markdown.contains("`" + r.id() + "`"), r.id()));
    RelationsRules.rules().forEach(r -> assertTrue(markdown.contains("`" + r.id() + "`"), r.id()));
    assertTrue(markdown.contains("`" + DisputeTables.EXIT_RIGHT.id() + "`"));
  }
}
