package dev.alliance.examples.power;

import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.governance.Base;
import dev.alliance.api.governance.DecisionRule;
import dev.alliance.api.governance.Threshold;
import dev.alliance.api.governance.WeightSource;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.partner.Measure;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import dev.alliance.core.power.Criterion;
import dev.alliance.core.power.MemberPower;
import dev.alliance.core.power.PowerCalculator;
import dev.alliance.core.power.PowerIndex;
import dev.alliance.core.power.PowerProfile;
import dev.alliance.core.power.SimpleGame;
import dev.alliance.examples.Example;
import dev.alliance.examples.Report;
import dev.alliance.examples.TextTable;
import java.math.BigDecimal;
import java.util.EnumSet;

/**
 * The Council of the European Economic Community under the Treaty of Rome (Article 148), 1958 to
 * 1972: France, West Germany and Italy cast 4 votes each, Belgium and the Netherlands 2, Luxembourg
 * 1; a qualified majority on a Commission proposal needed 12 of the 17 votes.
 */
public final class EecCouncil1958 implements Example {
  /** The qualified majority on a proposal from the Commission. */
  public static final DecisionRule QUALIFIED_MAJORITY =
      DecisionRule.weighted(WeightSource.ofMeasure(Measure.VOTES), Threshold.quota(12), Base.ALL_MEMBERS);

  @Override
  public String title() {
    return "The EEC Council of Ministers (1958-1972): votes are not power";
  }

  @Override
  public String lesson() {
    return "Luxembourg held 1 of the 17 votes, yet no vote of the Council could ever turn on it: every"
        + " other weight was even and the quota, 12, was even too, so a coalition either reached 12"
        + " without Luxembourg or fell short with it. Every power index gives it zero. Belgium and the"
        + " Netherlands, with twice its votes, held real power; a weighting scheme must be tested, not"
        + " read off the vote shares.";
  }

  /** @return the six founders, each with its Council votes */
  public Alliance community() {
    Member[] members = {
      member("FRA", "France", 4), member("DEU", "West Germany", 4), member("ITA", "Italy", 4),
      member("BEL", "Belgium", 2), member("NLD", "Netherlands", 2), member("LUX", "Luxembourg", 1)
    };
    return Alliance.builder()
        .id(AllianceId.of("eec-1958"))
        .name("European Economic Community")
        .typology(
            Typology.builder()
                .addPurposes(Purpose.ECONOMIC)
                .governanceStyle(GovernanceStyle.HYBRID)
                .duration(Lifespan.permanent())
                .formality(Formality.TREATY)
                .form(Form.INTERGOVERNMENTAL_ORGANIZATION)
                .build())
        .addMembers(members)
        .state(AllianceState.OPERATING)
        .build();
  }

  /** @return the Council's qualified-majority game */
  public SimpleGame council() {
    return SimpleGame.of(QUALIFIED_MAJORITY, community());
  }

  /** @return the exact indices of every member */
  public PowerProfile power() {
    return PowerCalculator.defaults().compute(council(), EnumSet.allOf(PowerIndex.class));
  }

  @Override
  public Report run() {
    PowerProfile power = power();
    Criterion votes = power.game().criteria().get(0);
    TextTable table = new TextTable("member", "votes", "vote share", "Banzhaf", "Shapley-Shubik", "Holler");
    for (MemberPower m : power.members()) {
      int i = m.player().index();
      table.row(
          m.name(),
          votes.weights().get(i),
          PowerTables.percent(votes.share(i)),
          PowerTables.value(m.value(PowerIndex.BANZHAF).orElseThrow()),
          PowerTables.value(m.value(PowerIndex.SHAPLEY_SHUBIK).orElseThrow()),
          PowerTables.value(m.value(PowerIndex.HOLLER).orElseThrow()));
    }
    return Report.of(this)
        .line("Qualified majority: " + power.game().describe())
        .table(table)
        .line("Null players: " + power.nullPlayers().orElseThrow())
        .line("Minimal winning coalitions: " + power.game().minimalWinningCoalitions(100).coalitions())
        .build();
  }

  private static Member member(String id, String name, long votes) {
    Partner partner =
        Partner.builder()
            .id(PartnerId.of(id))
            .name(name)
            .kind(PartnerKind.STATE)
            .putAttributes(Measure.VOTES, BigDecimal.valueOf(votes))
            .build();
    return Member.of(partner, Role.FOUNDER);
  }

  /**
   * Runs this example alone.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Example.runAlone(new EecCouncil1958());
  }
}
