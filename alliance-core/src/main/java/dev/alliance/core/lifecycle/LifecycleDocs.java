package dev.alliance.core.lifecycle;

import dev.alliance.core.proposal.ProposalTables;
import dev.alliance.core.statemachine.Rule;
import dev.alliance.core.statemachine.TableDiagrams;
import dev.alliance.core.statemachine.TransitionTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the lifecycle documentation from {@link LifecycleTables} and {@link ProposalTables}:
 * {@code docs/lifecycle.md} and the Mermaid and Graphviz DOT diagrams in {@code docs/diagrams}. A test compares the committed
 * files with what this class generates, so the documentation always says what the engine does.
 */
public final class LifecycleDocs {
  /** The command that rewrites the committed files from the tables. */
  public static final String REGENERATE =
      "mvn -q -pl alliance-core -am test -Dtest=LifecycleDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dalliance.docs.write=true";

  private LifecycleDocs() {}

  /** @return every generated file, by its path under {@code docs/}, in a stable order */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("lifecycle.md", markdown());
    for (TransitionTable<?, ?> table : tables()) {
      String stem = "diagrams/" + TableDiagrams.slug(table.title());
      files.put(stem + ".mmd", TableDiagrams.mermaid(table));
      files.put(stem + ".dot", TableDiagrams.dot(table));
    }
    return files;
  }

  /** @return the text of {@code docs/lifecycle.md} */
  public static String markdown() {
    StringBuilder text = new StringBuilder();
    text.append("# Lifecycles\n\n");
    text.append(
        "<!-- Generated from dev.alliance.core.lifecycle.LifecycleTables and dev.alliance.core.proposal.ProposalTables"
            + " by LifecycleDocs; do not edit.\n");
    text.append("     Regenerate with: ").append(REGENERATE).append(" -->\n\n");
    text.append(
        """
        Every alliance is one stream of events (`dev.alliance.api.event`), numbered from 1 without gaps
        and stamped by the engine's clock; its state is the left fold of the stream, and the state as of
        any sequence number, instant or day is the fold of a prefix. Commands (`dev.alliance.api.command`)
        ask for events. The three tables below (alliance, membership, proposal) are the single source of
        truth: the command handler accepts an event only where a table has a row for it and every guard
        of the row holds, the fold moves states only along rows, and this page and its diagrams are
        generated from the same tables.

        A command is checked in this order, and the first broken rule is the rejection, which names the
        rule by its id and changes nothing:

        1. the alliance table's general rules: the alliance exists (except for the proposal) and is not
           in a terminal state;
        2. the rules for every command, below;
        3. the alliance table's row for the event, and its guards;
        4. the membership table's row for the event, and its guards, for each partner the event moves;
        5. for a proposal event, the proposal table's general rules, its row for the event and its guards
           (a ballot for a proposal that has ended is refused by `ballot.voting-closed`).

        An accepted event is applied, and then the alliance table's automatic transitions fire by
        themselves while their guards hold: a withdrawal or expulsion that leaves an alliance in
        operation with fewer than two parties starts the wind-down (`DissolutionTriggered`; a formed or
        suspended alliance instead waits for a second party before it may operate), and a measurement
        that meets the last core objective of an ad hoc alliance completes it (`MissionCompleted`); and
        the ballot or the closing that decides a vote records its ending (`ProposalAdopted`,
        `ProposalRejected`, `ProposalExpired`). The reasons behind these choices:
        docs/decisions/0011-lifecycle-rules.md and docs/decisions/0022-proposals-on-the-stream.md.

        Acts that the alliance's governance must authorise (guard `governance.decision-required`) are
        judged by a `DecisionGate`. The default gate, `DecisionGate.requireReference()`, accepts a command
        that names an adopted decision (`DecisionReference`) and trusts it. The gate
        `DecisionGate.requireAdoptedProposal()` checks the decision against the proposals of the same
        stream, by the rules listed at the end of this page. How votes are counted, decided early and
        closed: docs/governance.md.

        """);
    text.append("## Rules for every command\n\n| rule | what must hold |\n|---|---|\n");
    for (Rule rule : LifecycleTables.commandRules()) {
      text.append("| `").append(rule.id()).append("` | ").append(rule.description()).append(" |\n");
    }
    for (TransitionTable<?, ?> table : tables()) {
      text.append('\n').append(TableDiagrams.markdown(table));
    }
    text.append(
        """

        ## Decisions that authorise acts

        With `DecisionGate.requireAdoptedProposal()`, the decision a governed act cites must pass these
        rules, in order (a command that cites no decision is refused by `governance.decision-required`):

        | rule | what must hold |
        |---|---|
        """);
    for (Rule rule : ProposalTables.gateRules()) {
      text.append("| `").append(rule.id()).append("` | ").append(rule.description()).append(" |\n");
    }
    text.append("\n## Diagram files\n\n");
    for (TransitionTable<?, ?> table : tables()) {
      String stem = "diagrams/" + TableDiagrams.slug(table.title());
      text.append("- ").append(table.title()).append(": [Mermaid](").append(stem).append(".mmd), [Graphviz DOT](")
          .append(stem).append(".dot) (`dot -Tsvg ").append(stem).append(".dot`)\n");
    }
    return text.toString();
  }

  private static List<TransitionTable<?, ?>> tables() {
    return List.of(LifecycleTables.alliance(), LifecycleTables.membership(), ProposalTables.proposal());
  }
}
