package dev.alliance.examples.governance;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.governance.DecisionProcedure;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Governance;
import dev.alliance.api.governance.IssueArea;
import dev.alliance.api.governance.Outcome;
import dev.alliance.api.governance.Quorum;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.governance.Electorate;
import dev.alliance.core.governance.Tally;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import java.util.ArrayList;
import java.util.List;

/**
 * The Council of the European Union since the Lisbon treaty, its rules composed from simpler ones:
 *
 * <ul>
 *   <li>qualified majority (Article 16(4) TEU): at least 55% of the members, representing at least
 *       65% of the Union's population; a blocking minority must include at least four members,
 *       failing which the qualified majority is deemed attained;
 *   <li>the reinforced qualified majority, when the Council does not act on a proposal of the
 *       Commission (Article 238(2) TFEU): 72% of the members and 65% of the population, with no
 *       blocking-minority clause;
 *   <li>unanimity, as in taxation: abstentions do not prevent the adoption of acts that require
 *       unanimity (Article 238(4) TFEU), so the Treaty's unanimity is consensus in this library's
 *       terms; the Council votes only when a majority of its members is present (Council Rules of
 *       Procedure, Article 11(4)).
 * </ul>
 *
 * <p>Population: Eurostat's first estimates of the population on 1 January 2024 (news release "EU
 * population increases again in 2024", 11 July 2024), as tabulated rounded to the hundred in the
 * list of EU member states by population. Their sum, 449,206,200, differs from the published EU
 * total of 449,206,600 by that rounding. The Council itself applies figures it fixes each year by
 * decision; those for 2025 rest on the same reference date and differ slightly. The ballots are
 * constructed to show the rules, not recorded votes.
 */
public final class EuCouncil implements Example {
  /** Acts the Council adopts on a proposal it did not receive from the Commission. */
  public static final IssueArea NOT_ON_A_COMMISSION_PROPOSAL = IssueArea.of("not on a Commission proposal");
  /** Taxation, decided by unanimity. */
  public static final IssueArea TAXATION = IssueArea.of("taxation");

  /** ISO code, name and population on 1 January 2024, largest first. */
  static final Object[][] MEMBERS = {
    {"DEU", "Germany", 83_445_000L}, {"FRA", "France", 68_402_000L}, {"ITA", "Italy", 58_989_700L},
    {"ESP", "Spain", 48_610_500L}, {"POL", "Poland", 36_621_000L}, {"ROU", "Romania", 19_064_400L},
    {"NLD", "Netherlands", 17_942_900L}, {"BEL", "Belgium", 11_832_000L}, {"CZE", "Czechia", 10_900_600L},
    {"PRT", "Portugal", 10_639_700L}, {"SWE", "Sweden", 10_551_700L}, {"GRC", "Greece", 10_397_200L},
    {"HUN", "Hungary", 9_584_600L}, {"AUT", "Austria", 9_158_800L}, {"BGR", "Bulgaria", 6_445_500L},
    {"DNK", "Denmark", 5_961_200L}, {"FIN", "Finland", 5_603_900L}, {"SVK", "Slovakia", 5_424_700L},
    {"IRL", "Ireland", 5_343_800L}, {"HRV", "Croatia", 3_862_000L}, {"LTU", "Lithuania", 2_885_900L},
    {"SVN", "Slovenia", 2_123_900L}, {"LVA", "Latvia", 1_871_900L}, {"EST", "Estonia", 1_374_700L},
    {"CYP", "Cyprus", 933_500L}, {"LUX", "Luxembourg", 672_100L}, {"MLT", "Malta", 563_000L}
  };

  @Override
  public String title() {
    return "EU Council: a double majority of states and people (population 1 January 2024)";
  }

  @Override
  public String lesson() {
    return "A qualified majority needs both 55% of the states and 65% of the people, yet a blocking"
        + " minority needs four states: Germany, France and Italy, with 47% of the population, cannot"
        + " block alone, while adding Poland's 8% does. Where the Treaty requires unanimity an"
        + " abstention does not block, but a single no does.";
  }

  /** @return the Council of the 27 with its three procedures */
  public Alliance council() {
    Governance governance =
        Governance.builder()
            .defaultProcedure(
                DecisionProcedure.of(new DecisionRule.DoubleMajority(Threshold.atLeastPercent("55"), Measure.POPULATION, Threshold.atLeastPercent("65"), 4)))
            .putProcedures(
                NOT_ON_A_COMMISSION_PROPOSAL,
                DecisionProcedure.of(new DecisionRule.DoubleMajority(Threshold.atLeastPercent("72"), Measure.POPULATION, Threshold.atLeastPercent("65"), 0)))
            .putProcedures(TAXATION, DecisionProcedure.of(DecisionRule.consensus()).withQuorum(Quorum.ofShare(Threshold.moreThanHalf())))
            .build();
    Typology typology =
        Bodies.permanent(GovernanceStyle.HYBRID, Formality.TREATY, Form.INTERGOVERNMENTAL_ORGANIZATION, Purpose.ECONOMIC, Purpose.POLITICAL);
    List<Member> members = new ArrayList<>();
    for (Object[] row : MEMBERS) {
      members.add(Bodies.measured((String) row[0], (String) row[1], Measure.POPULATION, (Long) row[2]));
    }
    return Bodies.alliance("eu-council", "Council of the European Union", typology, governance, members);
  }

  /**
   * @param area the kind of act
   * @param no the states voting no (space-separated)
   * @param abstain the states abstaining
   * @return the outcome when every other state votes yes
   */
  public Outcome outcome(IssueArea area, String no, String abstain) {
    Alliance council = council();
    return Tally.of(council, area).outcome(Bodies.allYesExcept(Electorate.of(council), no, abstain));
  }

  /** @return the twelve most populous states, in the order of {@link #MEMBERS} */
  static String largest(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add((String) MEMBERS[i][0]);
    }
    return String.join(" ", ids);
  }

  @Override
  public Report run() {
    Report.Builder report = Report.of(this);
    Bodies.explain(report, "Qualified majority, Germany, France and Italy against:", outcome(IssueArea.OPERATIONS, "DEU FRA ITA", ""));
    Bodies.explain(report, "Qualified majority, Germany, France, Italy and Poland against:", outcome(IssueArea.OPERATIONS, "DEU FRA ITA POL", ""));
    Bodies.explain(report, "Qualified majority, the 12 most populous against, the 15 others for:", outcome(IssueArea.OPERATIONS, largest(12), ""));
    Bodies.explain(
        report, "Not on a Commission proposal (72% of states), Germany, France and Italy against:",
        outcome(NOT_ON_A_COMMISSION_PROPOSAL, "DEU FRA ITA", ""));
    Bodies.explain(report, "Taxation, Hungary abstaining:", outcome(TAXATION, "", "HUN"));
    Bodies.explain(report, "Taxation, Ireland voting no:", outcome(TAXATION, "IRL", ""));
    return report.build();
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new EuCouncil());
  }
}
