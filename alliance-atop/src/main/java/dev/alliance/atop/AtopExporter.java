package dev.alliance.atop;

import dev.alliance.api.agreement.Agreement;
import dev.alliance.api.agreement.Institutionalization;
import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.agreement.ObligationClause;
import dev.alliance.api.agreement.ObligationCondition;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.partner.PartnerId;
import dev.alliance.api.typology.Form;
import dev.alliance.api.typology.GovernanceStyle;
import dev.alliance.api.typology.Lifespan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes treaties as ATOP alliance-level and member-level CSV, for the columns the importer reads
 * (see the {@linkplain dev.alliance.atop package} table). Everything written is derived from the
 * domain value ({@link AtopTreaty#alliance()}), not copied from ATOP's codes, so that reading the
 * output back gives the same obligations, conditions and dates.
 *
 * <p>Three simplifications, each reported as a note when it loses information: a member is
 * written as one row (its phases folded, as the importer folds them); the institutional columns
 * are a canonical representative of the institutionalization level, governance style and form
 * (integrated command for HYBRID, a formal organization for an intergovernmental organization,
 * bases for any other HIGH level, specified contributions for any other MODERATE one); and a
 * condition ATOP has no column for (a conditional non-aggression pledge, say) is dropped.
 */
public final class AtopExporter {
  private AtopExporter() {}

  /**
   * Writes the treaties.
   *
   * @param treaties the treaties, written in this order
   * @param allianceLevel where the alliance-level CSV goes
   * @param memberLevel where the member-level CSV goes
   * @return notes on anything the ATOP columns could not hold
   * @throws UncheckedIOException when a writer fails
   */
  public static List<String> write(List<AtopTreaty> treaties, Writer allianceLevel, Writer memberLevel) {
    List<String> notes = new ArrayList<>();
    try (CSVPrinter alliances = new CSVPrinter(allianceLevel, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        CSVPrinter members = new CSVPrinter(memberLevel, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
      alliances.printRecord(allianceHeader());
      members.printRecord(memberHeader());
      for (AtopTreaty treaty : treaties) {
        write(treaty, alliances, members, notes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write ATOP files", e);
    }
    return notes;
  }

  private static List<String> allianceHeader() {
    List<String> header = new ArrayList<>(List.of(AtopColumns.ATOPID));
    header.addAll(List.of(AtopColumns.BEGIN));
    header.addAll(List.of(AtopColumns.END));
    header.addAll(
        List.of(AtopColumns.INEFFECT, AtopColumns.BILAT, AtopColumns.LENGTH));
    header.addAll(AtopColumns.OBLIGATION.values());
    header.addAll(List.of(AtopColumns.ACTIVE, AtopColumns.CONDITIO));
    header.addAll(AtopColumns.CONDITIONAL.values());
    header.addAll(
        List.of(AtopColumns.ASYMM, AtopColumns.ORGAN1, AtopColumns.MILCON, AtopColumns.INTCOM, AtopColumns.BASE, AtopColumns.CONTRIB));
    header.addAll(AtopColumns.memberColumns());
    return header;
  }

  private static List<String> memberHeader() {
    List<String> header = new ArrayList<>(List.of(AtopColumns.ATOPID, AtopColumns.MEMBER));
    header.addAll(List.of(AtopColumns.ENTRY));
    header.addAll(List.of(AtopColumns.EXIT));
    header.add(AtopColumns.PHASE);
    header.addAll(AtopColumns.OBLIGATION.values());
    header.addAll(AtopColumns.CONDITIONAL.values());
    AtopColumns.CONDITIONS.values().forEach(columns -> header.addAll(columns.values()));
    return header;
  }

  /** A member's terms for one obligation, or null when it does not hold it. */
  private static ObligationClause clauseFor(Agreement agreement, Obligation obligation, PartnerId member) {
    for (ObligationClause clause : agreement.obligationsOf(member)) {
      if (clause.obligation() == obligation) {
        return clause;
      }
    }
    return null;
  }

  private static void write(AtopTreaty treaty, CSVPrinter alliances, CSVPrinter members, List<String> notes) throws IOException {
    Alliance alliance = treaty.alliance();
    int id = treaty.atopId();
    Agreement agreement =
        alliance.agreement().orElseThrow(() -> new IllegalArgumentException("ATOP " + id + ": a treaty needs its agreement"));
    LocalDate begin =
        alliance.foundedOn().orElseThrow(() -> new IllegalArgumentException("ATOP " + id + ": a treaty needs its founding date"));
    List<Member> memberList = alliance.members();

    // Each member's terms, as ATOP's flag columns can hold them.
    Map<PartnerId, Map<Obligation, ObligationClause>> terms = new LinkedHashMap<>();
    Set<String> profiles = new HashSet<>();
    boolean anyConditional = false;
    for (Member member : memberList) {
      Map<Obligation, ObligationClause> byObligation = new LinkedHashMap<>();
      StringBuilder profile = new StringBuilder();
      for (Obligation obligation : Obligation.values()) {
        ObligationClause clause = clauseFor(agreement, obligation, member.id());
        if (clause == null) {
          continue;
        }
        byObligation.put(obligation, clause);
        boolean conditional = clause.conditional() && AtopColumns.CONDITIONAL.containsKey(obligation);
        anyConditional |= conditional;
        profile.append(obligation).append(conditional).append(clause.conditions()).append(';');
        if (clause.conditional() && !AtopColumns.CONDITIONAL.containsKey(obligation)) {
          notes.add("ATOP " + id + ": ATOP has no column for a conditional " + obligation + " obligation; written as unconditional");
        }
        for (ObligationCondition condition : clause.conditions()) {
          if (!AtopColumns.CONDITIONS.get(obligation).containsKey(condition)) {
            notes.add("ATOP " + id + ": ATOP has no column for " + obligation + " conditional on " + condition + "; dropped");
          }
        }
      }
      terms.put(member.id(), byObligation);
      profiles.add(profile.toString());
    }

    List<Object> row = new ArrayList<>();
    row.add(id);
    addDate(row, Optional.of(begin));
    addDate(row, alliance.endedOn());
    row.add(bit(alliance.endedOn().isEmpty()));
    row.add(bit(memberList.size() == 2));
    row.add(lengthMonths(alliance.typology().duration(), begin));
    for (Obligation obligation : AtopColumns.OBLIGATION.keySet()) {
      row.add(bit(agreement.hasObligation(obligation)));
    }
    row.add(bit(agreement.hasObligation(Obligation.DEFENSE) || agreement.hasObligation(Obligation.OFFENSE)));
    row.add(bit(anyConditional));
    for (Obligation obligation : AtopColumns.CONDITIONAL.keySet()) {
      row.add(bit(agreement.obligations().stream().anyMatch(c -> c.obligation() == obligation && c.conditional())));
    }
    row.add(bit(profiles.size() > 1));
    addInstitutions(row, id, alliance, agreement.institutionalization(), notes);
    for (int i = 0; i < AtopColumns.MEMBER_COLUMNS; i++) {
      row.add(i < memberList.size() ? memberList.get(i).id().value() : "");
    }
    if (memberList.size() > AtopColumns.MEMBER_COLUMNS) {
      notes.add("ATOP " + id + ": " + memberList.size() + " members; mem1..mem59 hold the first 59");
    }
    alliances.printRecord(row);

    for (Member member : memberList) {
      List<Object> memberRow = new ArrayList<>();
      memberRow.add(id);
      memberRow.add(member.id().value());
      addDate(memberRow, Optional.of(member.joinedOn().orElse(begin)));
      addDate(memberRow, member.leftOn());
      memberRow.add(0);
      Map<Obligation, ObligationClause> own = terms.get(member.id());
      for (Obligation obligation : AtopColumns.OBLIGATION.keySet()) {
        memberRow.add(bit(own.containsKey(obligation)));
      }
      for (Obligation obligation : AtopColumns.CONDITIONAL.keySet()) {
        ObligationClause clause = own.get(obligation);
        memberRow.add(bit(clause != null && clause.conditional()));
      }
      AtopColumns.CONDITIONS.forEach(
          (obligation, columns) -> {
            ObligationClause clause = own.get(obligation);
            columns.keySet().forEach(condition -> memberRow.add(bit(clause != null && clause.conditions().contains(condition))));
          });
      members.printRecord(memberRow);
    }
  }

  private static void addDate(List<Object> row, Optional<LocalDate> date) {
    row.add(date.map(LocalDate::getYear).orElse(0));
    row.add(date.map(LocalDate::getMonthValue).orElse(0));
    row.add(date.map(LocalDate::getDayOfMonth).orElse(0));
  }

  private static long lengthMonths(Lifespan lifespan, LocalDate begin) {
    if (lifespan instanceof Lifespan.AdHoc adHoc && adHoc.endsOn().isPresent()) {
      LocalDate end = adHoc.endsOn().get();
      long months = ChronoUnit.MONTHS.between(begin, end);
      // From the 31st, adding months clips to a shorter month's end, which between() counts short.
      return begin.plusMonths(months + 1).equals(end) ? months + 1 : months;
    }
    return 0;
  }

  /**
   * Writes organ1, milcon, intcom, base, contrib as a canonical representative (see the class doc),
   * noting the combinations that cannot read back as they are.
   */
  private static void addInstitutions(
      List<Object> row, int id, Alliance alliance, Optional<Institutionalization> level, List<String> notes) {
    boolean organization = alliance.typology().form() == Form.INTERGOVERNMENTAL_ORGANIZATION;
    boolean command = alliance.typology().governanceStyle() == GovernanceStyle.HYBRID;
    if (level.isEmpty()) {
      row.addAll(List.of(organization ? 1 : "", "", command ? 1 : "", "", ""));
      if (organization || command) {
        notes.add("ATOP " + id + ": no institutionalization level, but the form or governance implies one when read back");
      }
      return;
    }
    Institutionalization l = level.get();
    if ((command && l != Institutionalization.HIGH) || (organization && l == Institutionalization.LOW)) {
      notes.add("ATOP " + id + ": institutionalization " + l + " with " + alliance.typology().form() + " and "
          + alliance.typology().governanceStyle() + " governance reads back at a higher level");
    }
    row.add(bit(organization));
    row.add(0);
    row.add(bit(command));
    row.add(bit(l == Institutionalization.HIGH && !command));
    row.add(bit(l == Institutionalization.MODERATE && !organization));
  }

  private static int bit(boolean flag) {
    return flag ? 1 : 0;
  }
}
