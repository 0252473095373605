package dev.alliance.core.relations;

import static dev.alliance.core.relations.Forum.D0;
import static dev.alliance.core.relations.Forum.ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.agreement.DisputeResolutionClause;
import dev.alliance.api.agreement.DisputeStage;
import dev.alliance.api.command.AllianceCommand;
import dev.alliance.api.command.CommandResult;
import dev.alliance.api.command.DisputeCommand;
import dev.alliance.api.dispute.DisputeId;
import dev.alliance.api.dispute.DisputeState;
import dev.alliance.api.dispute.Respondent;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.core.dispute.Dispute;
import dev.alliance.core.dispute.DisputeBook;
import dev.alliance.core.trust.ObservationExtractor;
import dev.alliance.testkit.AgreementGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Disputes under random clauses (any ladder, skipping allowed or not, any consequence), driven by
 * random scripts of dispute commands from three members and a stranger, valid and invalid mixed.
 * Scripts lean toward escalation (to the next rung, or past it) and toward parties agreeing to
 * escalate early, so that ladders are climbed and skipped often enough to test.
 */
class DisputeProperties {
  private static final List<PartnerId> ACTORS = List.of(PartnerId.of("P0"), PartnerId.of("P1"), PartnerId.of("P2"), PartnerId.of("X"));

  /**
   * One scripted step: what to do, to which dispute, who acts (0 the complainant, 1 the member
   * complained against, 2 another member, 3 a stranger), where to (0 or 1 the next rung, 2 or 3 the
   * rung after, 4 any stage), whether both parties agree, and how many days after the step before.
   */
  record Step(int kind, int dispute, int actor, int stage, DisputeStage any, boolean agreed, int gap) {}

  private static Gen<List<Step>> scripts() {
    Gen<Integer> kinds =
        Generate.frequency(
            org.quicktheories.api.Pair.of(3, Generate.constant(0)),
            org.quicktheories.api.Pair.of(6, Generate.constant(1)),
            org.quicktheories.api.Pair.of(2, Generate.constant(2)),
            org.quicktheories.api.Pair.of(2, Generate.constant(3)),
            org.quicktheories.api.Pair.of(1, Generate.constant(4)),
            org.quicktheories.api.Pair.of(2, Generate.constant(5)),
            org.quicktheories.api.Pair.of(1, Generate.constant(6)));
    Gen<Integer> gaps =
        Generate.frequency(
            org.quicktheories.api.Pair.of(3, integers().between(0, 30)),
            org.quicktheories.api.Pair.of(3, integers().between(31, 400)),
            org.quicktheories.api.Pair.of(1, integers().between(401, 1200)));
    Gen<Step> steps =
        kinds.zip(integers().between(0, 2), integers().between(0, 3), integers().between(0, 4), (k, d, a, st) -> new int[] {k, d, a, st})
            .zip(
                Generate.enumValues(DisputeStage.class),
                Generate.frequency(org.quicktheories.api.Pair.of(2, Generate.constant(true)), org.quicktheories.api.Pair.of(1, Generate.constant(false))),
                gaps,
                (i, any, agreed, gap) -> new Step(i[0], i[1], i[2], i[3], any, agreed, gap));
    return lists().of(steps).ofSizeBetween(1, 30);
  }

  /** What the script did: every result, and the book after each step. */
  private record Run(Forum forum, List<CommandResult> results, List<DisputeBook> books, List<Long> sequences) {}

  private static Run run(DisputeResolutionClause clause, List<Step> script) {
    Forum forum = new Forum(clause, 3);
    List<CommandResult> results = new ArrayList<>();
    List<DisputeBook> books = new ArrayList<>();
    List<Long> sequences = new ArrayList<>();
    books.add(forum.relations.disputes(ID));
    sequences.add(forum.log.sequence(ID));
    LocalDate day = D0;
    for (Step s : script) {
      day = day.plusDays(s.gap());
      results.add(forum.run(command(s, day, books.get(books.size() - 1))));
      books.add(forum.relations.disputes(ID));
      sequences.add(forum.log.sequence(ID));
    }
    return new Run(forum, results, books, sequences);
  }

  private static AllianceCommand command(Step s, LocalDate day, DisputeBook book) {
    DisputeId id = DisputeId.of("D" + s.dispute());
    Optional<Dispute> dispute = book.get(id);
    PartnerId complainant = dispute.map(Dispute::complainant).orElse(ACTORS.get(1));
    PartnerId respondent = dispute.flatMap(d -> d.respondent().partner()).orElse(ACTORS.get(0));
    PartnerId actor =
        switch (s.actor()) {
          case 0 -> complainant;
          case 1 -> respondent;
          case 2 -> ACTORS.get(s.dispute());
          default -> ACTORS.get(3);
        };
    DisputeStage stage = s.any();
    if (dispute.isPresent() && s.stage() < 4) {
      List<DisputeStage> ladder = dispute.get().ladder();
      int at = ladder.indexOf(dispute.get().stage()) + (s.stage() >= 2 ? 2 : 1);
      stage = at < ladder.size() ? ladder.get(at) : s.any();
    }
    return switch (s.kind()) {
      case 0 -> new DisputeCommand.RaiseDispute(
          ID, id, ACTORS.get(s.actor()), Respondent.member(ACTORS.get((s.actor() + 1 + s.dispute()) % 3)), "matter " + s.dispute(),
          s.stage() == 4 ? Optional.of(s.any()) : Optional.empty(), day);
      case 1 -> new DisputeCommand.EscalateDispute(ID, id, actor, stage, s.agreed(), "up", day);
      case 2 -> new DisputeCommand.SettleDispute(ID, id, "terms", day);
      case 3 -> new DisputeCommand.DecideDispute(ID, id, "ruling", Optional.of(actor), day);
      case 4 -> new DisputeCommand.WithdrawDispute(ID, id, actor, "dropped", day);
      case 5 -> new DisputeCommand.DeclareUnresolved(ID, id, day);
      default -> new DisputeCommand.ExitWithoutNotice(ID, id, actor, day);
    };
  }

  @Test
  void stagesNeverGoBackwardsAndNeverSkipWhenTheClauseForbidsIt() {
    qt().forAll(AgreementGenerators.disputeClauses(), scripts())
        .checkAssert(
            (clause, script) -> {
              Run run = run(clause, script);
              List<DisputeStage> ladder = clause.ladder().stream().map(s -> s.stage()).toList();
              for (Dispute d : run.books().get(run.books().size() - 1).all()) {
                List<Dispute.Step> steps = d.steps();
                if (!clause.skippingAllowed()) {
                  assertEquals(ladder.get(0), steps.get(0).stage(), d + " did not start at the first rung");
                }
                for (int i = 1; i < steps.size(); i++) {
                  int from = ladder.indexOf(steps.get(i - 1).stage());
                  int to = ladder.indexOf(steps.get(i).stage());
                  assertTrue(to > from, d + " went from " + steps.get(i - 1).stage() + " to " + steps.get(i).stage());
                  if (!clause.skippingAllowed()) {
                    assertEquals(from + 1, to, d + " skipped a rung of " + ladder);
                  }
                  if (!steps.get(i).byAgreement()) {
                    LocalDate deadline = steps.get(i - 1).since().plus(clause.ladder().get(from).timeLimit());
                    assertTrue(!steps.get(i).since().isBefore(deadline), d + " escalated alone before " + deadline);
                  }
                }
              }
            });
  }

  @Test
  void aClosedDisputeNeverChangesAndARejectedCommandChangesNothing() {
    qt().forAll(AgreementGenerators.disputeClauses(), scripts())
        .checkAssert(
            (clause, script) -> {
              Run run = run(clause, script);
              Map<DisputeId, Dispute> closed = new HashMap<>();
              for (int i = 0; i < run.results().size(); i++) {
                DisputeBook after = run.books().get(i + 1);
                if (!run.results().get(i).isAccepted()) {
                  assertEquals(run.books().get(i), after, "a rejection changed the disputes");
                  assertEquals(run.sequences().get(i), run.sequences().get(i + 1), "a rejection recorded something");
                }
                for (Map.Entry<DisputeId, Dispute> e : closed.entrySet()) {
                  assertEquals(e.getValue(), after.get(e.getKey()).orElseThrow(), "closed dispute " + e.getKey() + " changed");
                }
                after.closed().forEach(d -> closed.putIfAbsent(d.id(), d));
              }
            });
  }

  @Test
  void endingsKeepTheirRulesAndTheBookIsTheFoldOfTheStream() {
    qt().forAll(AgreementGenerators.disputeClauses(), scripts())
        .checkAssert(
            (clause, script) -> {
              Run run = run(clause, script);
              DisputeBook book = run.books().get(run.books().size() - 1);
              for (Dispute d : book.all()) {
                d.ending().ifPresent(end -> {
                  if (d.state() == DisputeState.DECIDED) {
                    assertTrue(d.stage().isBinding(), d + " decided at a stage that does not bind");
                  }
                  if (d.state() == DisputeState.UNRESOLVED) {
                    assertTrue(d.atLastStage(), d + " unresolved before the last stage");
                    assertTrue(!end.on().isBefore(d.deadline()), d + " unresolved before its deadline");
                    assertEquals(Optional.of(clause.unresolved()), d.consequence());
                  }
                });
              }
              RelationsState replayed = RelationsState.replay(ID, run.forum().log.read(ID, 1), ObservationExtractor.standard());
              assertEquals(book, replayed.disputes());
            });
  }
}
