package dev.alliance.core.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.core.dispute.DisputeTables;
import dev.alliance.core.statemachine.TableDiagrams;
import dev.alliance.testkit.GeneratedDocs;
import org.junit.jupiter.api.Test;

/**
 * The committed docs/relations.md and the dispute diagrams are exactly what the rules generate.
 * With {@code -Dalliance.docs.write=true} the test writes them instead (see {@link
 * RelationsDocs#REGENERATE}).
 */
class RelationsDocsTest {
  @Test
  void committedDocsMatchTheRules() {
    GeneratedDocs.assertCommitted(RelationsDocs.files(), "the rules", RelationsDocs.REGENERATE);
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
