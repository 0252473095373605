package dev.alliance.core.relations;

import dev.alliance.core.dispute.DisputeTables;
import dev.alliance.core.lifecycle.LifecycleTables;
import dev.alliance.core.statemachine.Rule;
import dev.alliance.core.statemachine.TableDiagrams;
import dev.alliance.core.statemachine.TransitionTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the documentation of relations among members from the rules that enforce them ({@link
 * RelationsRules}, {@link DisputeTables}): {@code docs/relations.md} and the dispute lifecycle's
 * Mermaid and Graphviz DOT diagrams in {@code docs/diagrams}. A test compares the committed files
 * with what this class generates, so the documentation always says what the engine does.
 */
public final class RelationsDocs {
  /** The command that rewrites the committed files from the table. */
  public static final String REGENERATE =
      "mvn -q -pl alliance-core -am test -Dtest=RelationsDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dalliance.docs.write=true";

  private RelationsDocs() {}

  /** @return every generated file, by its path under {@code docs/}, in a stable order */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("relations.md", markdown());
    TransitionTable<?, ?> table = DisputeTables.dispute();
    String stem = "diagrams/" + TableDiagrams.slug(table.title());
    files.put(stem + ".mmd", TableDiagrams.mermaid(table));
    files.put(stem + ".dot", TableDiagrams.dot(table));
    return files;
  }

  /** @return the text of {@code docs/relations.md} */
  public static String markdown() {
    TransitionTable<?, ?> table = DisputeTables.dispute();
    String stem = "diagrams/" + TableDiagrams.slug(table.title());
    StringBuilder text = new StringBuilder();
    text.append("# Relations among members: conduct and disputes\n\n");
    text.append(
        "<!-- Generated from dev.alliance.core.relations.RelationsRules and dev.alliance.core.dispute.DisputeTables by RelationsDocs;"
            + " do not edit.\n");
    text.append("     Regenerate with: ").append(REGENERATE).append(" -->\n\n");
    text.append(
        """
        Two event families record how the members of an alliance treat each other, on the alliance's
        own event stream: `RelationsEvent` (conduct that bears on trust) and `DisputeEvent` (disputes
        climbing the agreement's escalation ladder). `dev.alliance.core.relations.RelationsEngine`
        records both, next to the lifecycle engine on the same log. The rules on this page are
        generated from the code that enforces them. Why they are as they are:
        docs/decisions/0081-trust-model.md and docs/decisions/0082-disputes-on-the-stream.md.

        ## Rules for every command

        """);
    text.append("| rule | what must hold |\n|---|---|\n");
    for (Rule rule : LifecycleTables.commandRules()) {
      text.append("| `").append(rule.id()).append("` | ").append(rule.description()).append(" |\n");
    }
    text.append(
        """

        ## Relations events

        `UndertakingHonoured`, `ConsultationHeld`, `UnilateralActionTaken`, `BreachDeclared`,
        `BreachAcknowledged`, `CorrectiveActionTaken` and `RestitutionMade` each record one member's
        conduct (the actor) toward named counterparts, whose trust in the actor it affects. They are
        facts observed in the world, recorded by `RecordRelationsEvent` when these rules hold (after
        the rules for every command):

        """);
    text.append("| rule | what must hold |\n|---|---|\n");
    for (Rule rule : RelationsRules.rules()) {
      text.append("| `").append(rule.id()).append("` | ").append(rule.description()).append(" |\n");
    }
    text.append(
        """

        ### Trust from the stream

        Trust is derived, not recorded: an `ObservationExtractor` reads trust observations (observer,
        subject, conduct, day) off the events, and the trust model (`DefaultTrustModel` by default)
        turns each ordered pair's observations into a level. `ObservationExtractor.standard()`, the
        default of `RelationsEngine.of(log)` and of the `HealthReader`, reads two families:

        | events | observed by | conduct |
        |---|---|---|
        | `UndertakingHonoured`, `ConsultationHeld`, `UnilateralActionTaken`, `BreachDeclared`, `BreachAcknowledged`, `CorrectiveActionTaken`, `RestitutionMade` | the event's counterparts | kept commitment, consultation, unilateral action, breach, acknowledgement, corrective action, restitution |
        | `CommitmentFulfilled`, not late | every other party | kept commitment |
        | `CommitmentFulfilled`, late | every other party | corrective action: the arrears made good |
        | `CommitmentMissed` | every other party | missed commitment |
        | `CommitmentMade`, `ContributionDelivered` | nobody | none: a promise or a part payment says nothing yet about keeping it |

        The contribution engine records a commitment's miss exactly once, before the first delivery
        after its due date or when arrears are assessed, whichever comes first; so a commitment paid
        late is one miss and then a repair, worse than on time and better than never. Open disputes
        and trust feed alliance health: docs/health.md.

        ## Disputes

        A dispute is raised by a party against another party or against a decision of the alliance,
        and climbs the escalation ladder of the agreement's dispute-resolution clause in force when it
        was raised (the `DisputeRaised` event records that clause): for example direct negotiation,
        mediation, arbitration, court. Each stage has a time limit. The dispute ends settled (at any
        stage), decided (only at a binding stage: arbitration or court), withdrawn (only by the
        complainant), or unresolved (only at the last stage, once its time limit has run), and a closed
        dispute accepts no further step. The table below is the single source of truth: the handler
        accepts an event only where the table has a row for it and every guard of the row holds, the
        projection (`DisputeBook`) moves disputes only along rows, and this section is generated from
        the table.

        The stage is an attribute of the open dispute, not a state of the table: ladders differ from
        clause to clause, so escalation is one self-transition of `OPEN` whose guards read the ladder.

        **Time limits.** A stage's deadline is the day the dispute entered it plus the stage's time
        limit. From the deadline on, a party may escalate alone; before it, only when both parties agree
        (`byAgreement`), as the WTO's Dispute Settlement Understanding allows for consultations (Article
        4.7). At the last stage, the dispute can be recorded unresolved from the deadline on. The engine
        has no timers: a deadline passing changes nothing until someone acts on it, and the command's day
        is what the rules compare.

        A dispute command is checked in this order; the first broken rule is the rejection, which names
        the rule by its id and changes nothing:

        1. the table's general rules: the dispute exists (except for raising it) and is not closed;
        2. the rules for every command;
        3. the table's row for the event, and its guards.

        **The unresolved consequence.** What follows an unresolved dispute is the clause's
        `UnresolvedConsequence`, recorded in the `DisputeUnresolved` event and offered as a `Remedy`
        (`DisputeBook.remedies()`), which names the command that acts on it. The lifecycle is never
        changed behind the members' backs:

        | consequence | remedy | command |
        |---|---|---|
        | `STATUS_QUO` | none | none |
        | `SUSPENSION`, against a member | `SuspendRespondent` | the lifecycle's `SuspendMember`, citing the dispute as its decision |
        | `SUSPENSION`, against a decision | `SuspendDecision` | none: the decision's suspension is recorded as data |
        | `RIGHT_TO_EXIT` | `ExitWithoutNotice` | `DisputeCommand.ExitWithoutNotice`: the complainant gives notice effective the same day (`WithdrawalNoticeGiven` with `effectiveOn` = its day), then completes its withdrawal as usual |
        | `DISSOLUTION` | `Dissolve` | the lifecycle's `DecideDissolution`, citing the dispute as its decision |

        Commands that cite a dispute as their decision go through the lifecycle's decision gate like any
        other: the default gate accepts the reference, a governance-aware gate may ask for more.

        """);
    text.append(TableDiagrams.markdown(table).replaceFirst("^## ", "### ").replace("\n### ", "\n#### "));
    text.append("\n### Exit without notice\n\n| rule | what must hold |\n|---|---|\n");
    text.append("| `").append(DisputeTables.EXIT_RIGHT.id()).append("` | ").append(DisputeTables.EXIT_RIGHT.description()).append(" |\n");
    text.append(
        """

        Then the rules for every command apply, and the membership lifecycle's rules for
        `WithdrawalNoticeGiven` (docs/lifecycle.md): the member is a `MEMBER` of a formed alliance.
        """);
    text.append("\n## Diagram files\n\n");
    text.append("- ").append(table.title()).append(": [Mermaid](").append(stem).append(".mmd), [Graphviz DOT](")
        .append(stem).append(".dot) (`dot -Tsvg ").append(stem).append(".dot`)\n");
    return text.toString();
  }
}
