package dev.alliance.atop;

import dev.alliance.api.InvalidValueException;
import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.Institutionalization;
import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.agreement.ObligationClause;
import dev.alliance.api.agreement.ObligationCondition;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.AllianceId;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.alliance.Role;
import dev.alliance.api.lifecycle.AllianceState;
import dev.alliance.api.lifecycle.MembershipState;
import dev.alliance.api.partner.Partner;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.partner.PartnerKind;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.Formality;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import dev.alliance.api.typology.Purpose;
import dev.alliance.api.typology.Typology;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads ATOP's alliance-level and member-level CSV files into {@link AtopTreaty} values and checks
 * ATOP's own summary codes against what the library derives. The column mapping is documented on
 * the {@linkplain dev.alliance.atop package}.
 *
 * <pre>{@code
 * AtopImport atop = AtopImporter.read(Path.of("../shared/data/atop_v4.01"));
 * atop.treaties().size();        // 745
 * atop.disagreementCounts();     // {BILATERAL_FLAG=13, ASYMMETRY_FLAG=..., ...}
 * }</pre>
 *
 * <p>Data: Leeds, Ritter, Mitchell and Long (2002), "Alliance Treaty Obligations and Provisions,
 * 1815-1944", International Interactions 28: 237-260.
 */
public final class AtopImporter {
  /** The alliance-level file's name in an ATOP v4 folder. */
  public static final String ALLIANCE_LEVEL_FILE = "atop-alliance-level.csv";
  /** The member-level file's name in an ATOP v4 folder. */
  public static final String MEMBER_LEVEL_FILE = "atop-member-level.csv";

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

  private final List<String> notes = new ArrayList<>();
  private final List<Disagreement> disagreements = new ArrayList<>();

  private AtopImporter() {}

  /**
   * Reads the two files of an ATOP v4 folder.
   *
   * @param folder the folder holding {@value #ALLIANCE_LEVEL_FILE} and {@value #MEMBER_LEVEL_FILE}
   * @return the import
   * @throws UncheckedIOException when a file cannot be read
   * @throws AtopFormatException when a file does not have the ATOP shape
   */
  public static AtopImport read(Path folder) {
    try (Reader alliances = Files.newBufferedReader(folder.resolve(ALLIANCE_LEVEL_FILE), StandardCharsets.UTF_8);
        Reader members = Files.newBufferedReader(folder.resolve(MEMBER_LEVEL_FILE), StandardCharsets.UTF_8)) {
      return read(alliances, members);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ATOP files in " + folder, e);
    }
  }

  /**
   * Reads ATOP data from two readers.
   *
   * @param allianceLevel the alliance-level CSV, with its header row
   * @param memberLevel the member-level CSV, with its header row
   * @return the import
   * @throws UncheckedIOException when a reader fails
   * @throws AtopFormatException when a file does not have the ATOP shape
   */
  public static AtopImport read(Reader allianceLevel, Reader memberLevel) {
    return new AtopImporter().run(allianceLevel, memberLevel);
  }

  private AtopImport run(Reader allianceLevel, Reader memberLevel) {
    Map<Integer, List<Row>> memberRows = new HashMap<>();
    for (Row row : rows("member-level", memberLevel, memberRequired())) {
      memberRows.computeIfAbsent(row.integer(AtopColumns.ATOPID), k -> new ArrayList<>()).add(row);
    }
    List<AtopTreaty> treaties = new ArrayList<>();
    for (Row row : rows("alliance-level", allianceLevel, allianceRequired())) {
      int id = row.integer(AtopColumns.ATOPID);
      treaty(id, row, memberRows.getOrDefault(id, List.of())).ifPresent(treaties::add);
    }
    return new AtopImport(treaties, disagreements, notes);
  }

  private static List<String> allianceRequired() {
    List<String> required = new ArrayList<>(List.of(AtopColumns.ATOPID));
    required.addAll(List.of(AtopColumns.BEGIN));
    required.addAll(List.of(AtopColumns.END));
    required.addAll(AtopColumns.OBLIGATION.values());
    required.addAll(
        List.of(AtopColumns.BILAT, AtopColumns.ASYMM, AtopColumns.CONDITIO, AtopColumns.ACTIVE, AtopColumns.INEFFECT));
    return required;
  }

  private static List<String> memberRequired() {
    List<String> required = new ArrayList<>(List.of(AtopColumns.ATOPID, AtopColumns.MEMBER));
    required.addAll(List.of(AtopColumns.ENTRY));
    required.addAll(List.of(AtopColumns.EXIT));
    required.addAll(AtopColumns.OBLIGATION.values());
    return required;
  }

  private static List<Row> rows(String file, Reader reader, List<String> required) {
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      Map<String, Integer> header = parser.getHeaderMap();
      for (String column : required) {
        if (!header.containsKey(column)) {
          throw new AtopFormatException(file + " file: required column '" + column + "' is missing");
        }
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(new Row(file, record));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the ATOP " + file + " file", e);
    }
  }

  /** One CSV record with typed, located access to its cells. */
  private record Row(String file, CSVRecord record) {
    String text(String column) {
      return record.isMapped(column) && record.isSet(column) ? record.get(column) : "";
    }

    OptionalInt optional(String column) {
      String cell = text(column);
      if (cell.isEmpty()) {
        return OptionalInt.empty();
      }
      try {
        return OptionalInt.of(Integer.parseInt(cell));
      } catch (NumberFormatException e) {
        throw new AtopFormatException(
            file + " file, line " + (record.getRecordNumber() + 1) + ", column " + column + " = \"" + cell + "\": must be a whole number",
            e);
      }
    }

    int integer(String column) {
      return optional(column)
          .orElseThrow(
              () ->
                  new AtopFormatException(
                      file + " file, line " + (record.getRecordNumber() + 1) + ", column " + column + " is empty: a value is required"));
    }

    boolean flag(String column) {
      return optional(column).orElse(0) == 1;
    }

    AtopDate date(String[] columns) {
      return new AtopDate(integer(columns[0]), optional(columns[1]).orElse(0), optional(columns[2]).orElse(0));
    }

    /** A date whose year 0 means none (an alliance or membership still in effect). */
    Optional<AtopDate> endDate(String[] columns) {
      return integer(columns[0]) == 0 ? Optional.empty() : Optional.of(date(columns));
    }
  }

  private static final Comparator<AtopDate> CHRONOLOGICAL =
      Comparator.comparingInt(AtopDate::year).thenComparingInt(AtopDate::month).thenComparingInt(AtopDate::day);

  private Optional<AtopTreaty> treaty(int id, Row row, List<Row> memberRows) {
    AtopCoding coding = coding(row);
    note(id, "begin", coding.begin());
    coding.end().ifPresent(end -> note(id, "end", end));

    // Members in order of first appearance, each with its phases folded together.
    Map<String, MemberFacts> members = new LinkedHashMap<>();
    for (Row memberRow : memberRows) {
      String code = String.valueOf(memberRow.integer(AtopColumns.MEMBER));
      MemberFacts facts =
          new MemberFacts(memberRow.date(AtopColumns.ENTRY), memberRow.endDate(AtopColumns.EXIT), profile(memberRow));
      members.merge(code, facts, MemberFacts::merge);
    }
    members.forEach(
        (code, facts) -> {
          note(id, "entry of " + code, facts.entry);
          facts.exit.ifPresent(exit -> note(id, "exit of " + code, exit));
        });

    check(id, coding, members);
    try {
      return Optional.of(new AtopTreaty(id, alliance(id, coding, members), coding));
    } catch (InvalidValueException e) {
      disagreements.add(new Disagreement(id, DisagreementKind.INVALID_IN_DOMAIN, e.getMessage()));
      return Optional.empty();
    }
  }

  private void note(int id, String what, AtopDate date) {
    if (!date.isPrecise()) {
      notes.add("ATOP " + id + ": " + what + " " + date + " has an unknown " + (date.month() == 0 ? "month" : "day") + "; taken as " + date.toLocalDate());
    }
  }

  private static AtopCoding coding(Row row) {
    Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
    Set<Obligation> conditional = EnumSet.noneOf(Obligation.class);
    for (Obligation obligation : Obligation.values()) {
      if (row.flag(AtopColumns.OBLIGATION.get(obligation))) {
        obligations.add(obligation);
      }
      String flag = AtopColumns.CONDITIONAL.get(obligation);
      if (flag != null && row.flag(flag)) {
        conditional.add(obligation);
      }
    }
    List<String> listed = new ArrayList<>();
    for (String column : AtopColumns.memberColumns()) {
      row.optional(column).ifPresent(code -> listed.add(String.valueOf(code)));
    }
    return new AtopCoding(
        row.date(AtopColumns.BEGIN),
        row.endDate(AtopColumns.END),
        row.flag(AtopColumns.BILAT),
        row.flag(AtopColumns.ASYMM),
        row.flag(AtopColumns.CONDITIO),
        row.flag(AtopColumns.ACTIVE),
        row.flag(AtopColumns.INEFFECT),
        obligations,
        conditional,
        listed,
        row.optional(AtopColumns.LENGTH).orElse(0),
        new AtopCoding.Institutions(
            row.optional(AtopColumns.INTCOM),
            row.optional(AtopColumns.MILCON),
            row.optional(AtopColumns.BASE),
            row.optional(AtopColumns.ORGAN1),
            row.optional(AtopColumns.CONTRIB)));
  }

  private static MemberProfile profile(Row row) {
    Map<Obligation, MemberProfile.Terms> terms = new EnumMap<>(Obligation.class);
    for (Obligation obligation : Obligation.values()) {
      if (!row.flag(AtopColumns.OBLIGATION.get(obligation))) {
        continue;
      }
      Set<ObligationCondition> conditions = EnumSet.noneOf(ObligationCondition.class);
      AtopColumns.CONDITIONS.get(obligation).forEach((condition, column) -> {
        if (row.flag(column)) {
          conditions.add(condition);
        }
      });
      String flag = AtopColumns.CONDITIONAL.get(obligation);
      boolean conditional = (flag != null && row.flag(flag)) || !conditions.isEmpty();
      terms.put(obligation, new MemberProfile.Terms(conditional, conditions));
    }
    return new MemberProfile(terms);
  }

  /** A member's first entry, last exit (none while any phase is open) and folded obligations. */
  private record MemberFacts(AtopDate entry, Optional<AtopDate> exit, MemberProfile profile) {
    MemberFacts merge(MemberFacts later) {
      AtopDate first = CHRONOLOGICAL.compare(later.entry, entry) < 0 ? later.entry : entry;
      Optional<AtopDate> last =
          exit.isEmpty() || later.exit.isEmpty()
              ? Optional.empty()
              : Optional.of(CHRONOLOGICAL.compare(later.exit.get(), exit.get()) > 0 ? later.exit.get() : exit.get());
      return new MemberFacts(first, last, profile.merge(later.profile));
    }
  }

  // ---- the checks ---------------------------------------------------------------------------

  private void check(int id, AtopCoding coding, Map<String, MemberFacts> members) {
    Set<String> listed = new LinkedHashSet<>(coding.listedMembers());
    boolean twoListed = listed.size() == 2;
    if (coding.bilateral() != twoListed) {
      disagree(id, DisagreementKind.BILATERAL_FLAG, "bilat = " + bit(coding.bilateral()) + " but mem1..mem59 list " + listed.size() + " states " + listed);
    }
    Set<MemberProfile> profiles = new LinkedHashSet<>();
    members.values().forEach(m -> profiles.add(m.profile()));
    boolean asymmetric = profiles.size() > 1;
    if (coding.asymmetric() != asymmetric) {
      disagree(
          id,
          DisagreementKind.ASYMMETRY_FLAG,
          "asymm = " + bit(coding.asymmetric()) + " but the member-level rows give "
              + (asymmetric ? "differing obligations " + describe(members) : "every member the same obligations: " + (profiles.isEmpty() ? "none" : profiles.iterator().next())));
    }
    boolean anyConditional =
        members.values().stream().anyMatch(m -> m.profile().obligations().values().stream().anyMatch(MemberProfile.Terms::conditional));
    if (coding.conditional() != anyConditional) {
      disagree(
          id,
          DisagreementKind.CONDITIONAL_FLAG,
          "conditio = " + bit(coding.conditional()) + " but " + (anyConditional ? "a member's obligation is conditional" : "no member's obligation is conditional"));
    }
    boolean active = coding.obligations().contains(Obligation.DEFENSE) || coding.obligations().contains(Obligation.OFFENSE);
    if (coding.active() != active) {
      disagree(id, DisagreementKind.ACTIVE_FLAG, "active = " + bit(coding.active()) + " but the obligations are " + coding.obligations());
    }
    if (coding.inEffect() == coding.end().isPresent()) {
      disagree(
          id,
          DisagreementKind.IN_EFFECT_FLAG,
          "ineffect = " + bit(coding.inEffect()) + " but " + coding.end().map(e -> "the treaty ended " + e).orElse("no end date is coded"));
    }
    Set<Obligation> fromMembers = EnumSet.noneOf(Obligation.class);
    members.values().forEach(m -> fromMembers.addAll(m.profile().obligations().keySet()));
    if (!fromMembers.equals(coding.obligations())) {
      disagree(id, DisagreementKind.OBLIGATION_FLAGS, "alliance level codes " + coding.obligations() + ", member level " + fromMembers);
    }
    if (!listed.isEmpty() && !listed.equals(members.keySet())) {
      disagree(id, DisagreementKind.MEMBER_LISTS, "mem1..mem59 list " + new TreeSet<>(listed) + ", member level " + new TreeSet<>(members.keySet()));
    }
    if (!members.isEmpty()) {
      AtopDate firstEntry = members.values().stream().map(MemberFacts::entry).min(CHRONOLOGICAL).orElseThrow();
      if (!firstEntry.equals(coding.begin())) {
        disagree(id, DisagreementKind.DATES, "begins " + coding.begin() + " but its first member entered " + firstEntry);
      }
      boolean allExited = members.values().stream().allMatch(m -> m.exit().isPresent());
      Optional<AtopDate> lastExit =
          allExited ? members.values().stream().map(m -> m.exit().orElseThrow()).max(CHRONOLOGICAL) : Optional.empty();
      if (!lastExit.equals(coding.end())) {
        disagree(
            id,
            DisagreementKind.DATES,
            "ends " + coding.end().map(AtopDate::toString).orElse("never") + " but its last member left " + lastExit.map(AtopDate::toString).orElse("never"));
      }
    }
  }

  private static String describe(Map<String, MemberFacts> members) {
    List<String> parts = new ArrayList<>();
    members.forEach((code, facts) -> parts.add(code + ": " + facts.profile()));
    return parts.toString();
  }

  private void disagree(int id, DisagreementKind kind, String reason) {
    disagreements.add(new Disagreement(id, kind, reason));
  }

  private static int bit(boolean flag) {
    return flag ? 1 : 0;
  }

  // ---- the domain value -----------------------------------------------------------------------

  private static Alliance alliance(int id, AtopCoding coding, Map<String, MemberFacts> members) {
    List<Member> memberList = new ArrayList<>();
    members.forEach(
        (code, facts) ->
            memberList.add(
                Member.builder()
                    .partner(Partner.of(PartnerId.of(code), "COW state " + code, PartnerKind.STATE))
                    .role(facts.entry().equals(coding.begin()) ? Role.FOUNDER : Role.MEMBER)
                    .state(facts.exit().isPresent() ? MembershipState.WITHDRAWN : MembershipState.MEMBER)
                    .joinedOn(facts.entry().toLocalDate())
                    .leftOn(facts.exit().map(AtopDate::toLocalDate))
                    .build()));
    Agreement agreement =
        Agreement.builder()
            .title("ATOP " + id)
            .formality(Formality.TREATY)
            .signedOn(coding.begin().toLocalDate())
            .obligations(clauses(members))
            .institutionalization(institutionalization(coding.institutions()))
            .build();
    Set<Purpose> purposes = purposes(agreement);
    int organization = coding.institutions().organization().orElse(0);
    Typology typology =
        Typology.builder()
            .purposes(purposes)
            .governanceStyle(
                coding.institutions().integratedCommand().orElse(0) == 1 ? GovernanceStyle.HYBRID : GovernanceStyle.EGALITARIAN)
            .duration(lifespan(coding))
            .formality(Formality.TREATY)
            .form(organization > 0 ? Form.INTERGOVERNMENTAL_ORGANIZATION : Form.PACT)
            .build();
    return Alliance.builder()
        .id(AllianceId.of("atop-" + id))
        .name("ATOP " + id)
        .typology(typology)
        .members(memberList)
        .agreement(agreement)
        .state(coding.end().isPresent() ? AllianceState.DISSOLVED : AllianceState.OPERATING)
        .foundedOn(coding.begin().toLocalDate())
        .endedOn(coding.end().map(AtopDate::toLocalDate))
        .build();
  }

  /** Members with the same terms for an obligation share a clause; all members: a clause naming no one. */
  static List<ObligationClause> clauses(Map<String, MemberFacts> members) {
    List<ObligationClause> clauses = new ArrayList<>();
    for (Obligation obligation : Obligation.values()) {
      Map<MemberProfile.Terms, Set<PartnerId>> groups = new LinkedHashMap<>();
      members.forEach(
          (code, facts) -> {
            MemberProfile.Terms terms = facts.profile().obligations().get(obligation);
            if (terms != null) {
              groups.computeIfAbsent(terms, t -> new TreeSet<>()).add(PartnerId.of(code));
            }
          });
      boolean everyone = groups.size() == 1 && groups.values().iterator().next().size() == members.size();
      groups.forEach(
          (terms, parties) ->
              clauses.add(new ObligationClause(obligation, everyone ? Set.of() : parties, terms.conditional(), terms.conditions())));
    }
    return clauses;
  }

  private static Set<Purpose> purposes(Agreement agreement) {
    Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
    if (agreement.hasObligation(Obligation.OFFENSE)) {
      purposes.add(Purpose.OFFENSIVE);
    }
    if (agreement.hasObligation(Obligation.DEFENSE)
        || agreement.hasObligation(Obligation.NEUTRALITY)
        || agreement.hasObligation(Obligation.NON_AGGRESSION)) {
      purposes.add(Purpose.DEFENSIVE);
    }
    if (purposes.isEmpty()) {
      purposes.add(Purpose.POLITICAL);
    }
    return purposes;
  }

  private static Lifespan lifespan(AtopCoding coding) {
    int months = coding.lengthMonths();
    if (months <= 0) {
      return Lifespan.permanent();
    }
    return Lifespan.adHoc(
        "fixed term of " + months + " months", Optional.of(coding.begin().toLocalDate().plusMonths(months)), false);
  }

  static Optional<Institutionalization> institutionalization(AtopCoding.Institutions i) {
    if (i.integratedCommand().isEmpty()
        && i.militaryContact().isEmpty()
        && i.bases().isEmpty()
        && i.organization().isEmpty()
        && i.contributions().isEmpty()) {
      return Optional.empty();
    }
    if (i.integratedCommand().orElse(0) == 1 || i.militaryContact().orElse(0) == 3 || i.bases().orElse(0) > 0) {
      return Optional.of(Institutionalization.HIGH);
    }
    if (i.organization().orElse(0) > 0 || i.militaryContact().orElse(0) == 2 || i.contributions().orElse(0) == 1) {
      return Optional.of(Institutionalization.MODERATE);
    }
    return Optional.of(Institutionalization.LOW);
  }
}
