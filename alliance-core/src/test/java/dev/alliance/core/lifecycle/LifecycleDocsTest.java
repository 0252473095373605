package dev.alliance.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.testkit.GeneratedDocs;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed lifecycle documentation and diagrams are exactly what the transition tables
 * generate. With {@code -Dalliance.docs.write=true} the test writes them instead (see {@link
 * LifecycleDocs#REGENERATE}).
 */
class LifecycleDocsTest {
  @Test
  void committedDocsMatchTheTables() {
    GeneratedDocs.assertCommitted(LifecycleDocs.files(), "LifecycleTables", LifecycleDocs.REGENERATE);
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
