package dev.alliance.atop;

import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.agreement.ObligationCondition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ATOP column names the importer and exporter share (see the package documentation). */
final class AtopColumns {
  static final String ATOPID = "atopid";
  static final String MEMBER = "member";
  static final String PHASE = "phase";
  static final String[] BEGIN = {"begyr", "begmo", "begday"};
  static final String[] END = {"endyr", "endmo", "endday"};
  static final String[] ENTRY = {"yrent", "moent", "dayent"};
  static final String[] EXIT = {"yrexit", "moexit", "dayexit"};
  static final String BILAT = "bilat";
  static final String ASYMM = "asymm";
  static final String CONDITIO = "conditio";
  static final String ACTIVE = "active";
  static final String INEFFECT = "ineffect";
  static final String LENGTH = "length";
  static final String INTCOM = "intcom";
  static final String MILCON = "milcon";
  static final String BASE = "base";
  static final String ORGAN1 = "organ1";
  static final String CONTRIB = "contrib";
  static final int MEMBER_COLUMNS = 59;

  /** The flag column of each obligation. */
  static final Map<Obligation, String> OBLIGATION = new EnumMap<>(Obligation.class);
  /** The conditional flag of each obligation that ATOP codes as conditional (not non-aggression). */
  static final Map<Obligation, String> CONDITIONAL = new EnumMap<>(Obligation.class);
  /** The condition columns of each obligation (member level), in codebook order. */
  static final Map<Obligation, Map<ObligationCondition, String>> CONDITIONS = new EnumMap<>(Obligation.class);

  static {
    OBLIGATION.put(Obligation.DEFENSE, "defense");
    OBLIGATION.put(Obligation.OFFENSE, "offense");
    OBLIGATION.put(Obligation.NEUTRALITY, "neutral");
    OBLIGATION.put(Obligation.NON_AGGRESSION, "nonagg");
    OBLIGATION.put(Obligation.CONSULTATION, "consul");
    CONDITIONAL.put(Obligation.DEFENSE, "defcon");
    CONDITIONAL.put(Obligation.OFFENSE, "offcon");
    CONDITIONAL.put(Obligation.NEUTRALITY, "neucon");
    CONDITIONAL.put(Obligation.CONSULTATION, "concon");
    CONDITIONS.put(
        Obligation.DEFENSE,
        conditions(
            "def",
            ObligationCondition.SPECIFIC_ADVERSARY, ObligationCondition.LOCATION, ObligationCondition.SPECIFIC_CONFLICT,
            ObligationCondition.NUMBER_OF_ADVERSARIES, ObligationCondition.DEMAND, ObligationCondition.NON_PROVOCATION));
    CONDITIONS.put(
        Obligation.OFFENSE,
        conditions(
            "off",
            ObligationCondition.SPECIFIC_ADVERSARY, ObligationCondition.LOCATION, ObligationCondition.SPECIFIC_CONFLICT,
            ObligationCondition.NUMBER_OF_ADVERSARIES, ObligationCondition.DEMAND));
    CONDITIONS.put(
        Obligation.NEUTRALITY,
        conditions(
            "neu",
            ObligationCondition.SPECIFIC_ADVERSARY, ObligationCondition.LOCATION, ObligationCondition.SPECIFIC_CONFLICT,
            ObligationCondition.NUMBER_OF_ADVERSARIES, ObligationCondition.DEMAND, ObligationCondition.NON_PROVOCATION,
            ObligationCondition.ATTACK_ON_PARTNER));
    CONDITIONS.put(
        Obligation.CONSULTATION,
        conditions(
            "con",
            ObligationCondition.SPECIFIC_ADVERSARY, ObligationCondition.LOCATION, ObligationCondition.SPECIFIC_CONFLICT,
            ObligationCondition.REQUEST));
    CONDITIONS.put(Obligation.NON_AGGRESSION, Map.of());
  }

  private AtopColumns() {}

  private static Map<ObligationCondition, String> conditions(String stem, ObligationCondition... conditions) {
    Map<ObligationCondition, String> columns = new LinkedHashMap<>();
    for (ObligationCondition condition : conditions) {
      columns.put(condition, stem + suffix(condition));
    }
    return Collections.unmodifiableMap(columns);
  }

  private static String suffix(ObligationCondition condition) {
    return switch (condition) {
      case SPECIFIC_ADVERSARY -> "coadv";
      case LOCATION -> "coloc";
      case SPECIFIC_CONFLICT -> "cocon";
      case NUMBER_OF_ADVERSARIES -> "conum";
      case DEMAND -> "codem";
      case NON_PROVOCATION -> "conpr";
      case ATTACK_ON_PARTNER -> "coatt";
      case REQUEST -> "coreq";
    };
  }

  /** @return mem1 .. mem59 */
  static List<String> memberColumns() {
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= MEMBER_COLUMNS; i++) {
      columns.add("mem" + i);
    }
    return columns;
  }
}
