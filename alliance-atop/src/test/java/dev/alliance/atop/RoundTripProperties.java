package dev.alliance.atop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.agreement.ObligationCondition;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.api.alliance.Member;
import dev.alliance.api.partner.PartnerId;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Importing a fixture treaty and exporting it again keeps its obligations and dates. Fixture
 * treaties are generated here and written in ATOP's layout by this test's own writer, so the
 * importer and the exporter are each checked against an independent description of the treaty.
 */
class RoundTripProperties {
  private static final List<String> STATES = List.of("2", "20", "200", "220", "255", "365", "710", "740");

  /** What one member undertakes in the fixture: obligation to (conditional, conditions). */
  record Terms(boolean conditional, Set<ObligationCondition> conditions) {}

  record FixtureMember(String code, LocalDate entry, Optional<LocalDate> exit, Map<Obligation, Terms> terms) {}

  record FixtureTreaty(int id, LocalDate begin, Optional<LocalDate> end, int lengthMonths, List<FixtureMember> members) {
    @Override
    public String toString() {
      return "treaty " + id + " " + begin + ".." + end + " length " + lengthMonths + " " + members;
    }
  }

  private static Gen<LocalDate> dates() {
    return integers().between(0, 200 * 365).map(days -> LocalDate.of(1815, 1, 1).plusDays(days));
  }

  private static Gen<Map<Obligation, Terms>> terms() {
    Gen<Terms> one =
        Generate.booleans()
            .zip(
                lists().of(Generate.enumValues(ObligationCondition.class)).ofSizeBetween(0, 3),
                (conditional, conditions) -> new Terms(conditional, conditional && !conditions.isEmpty() ? EnumSet.copyOf(conditions) : Set.of()));
    return lists()
        .of(Generate.booleans())
        .ofSize(5)
        .zip(
            lists().of(one).ofSize(5),
            (present, chosen) -> {
              Map<Obligation, Terms> map = new EnumMap<>(Obligation.class);
              for (Obligation obligation : Obligation.values()) {
                if (!present.get(obligation.ordinal())) {
                  continue;
                }
                Terms t = chosen.get(obligation.ordinal());
                // Keep to what ATOP can code: no conditional non-aggression, only each obligation's conditions.
                boolean codable = AtopColumns.CONDITIONAL.containsKey(obligation);
                Set<ObligationCondition> conditions = EnumSet.noneOf(ObligationCondition.class);
                t.conditions().stream().filter(AtopColumns.CONDITIONS.get(obligation)::containsKey).forEach(conditions::add);
                map.put(obligation, new Terms(codable && t.conditional(), codable && t.conditional() ? conditions : Set.of()));
              }
              return map;
            });
  }

  private static Gen<FixtureTreaty> treaties() {
    Gen<FixtureMember> member =
        integers()
            .between(0, 40 * 365)
            .zip(
                integers().between(0, 60 * 365).toOptionals(50),
                terms(),
                (entryOffset, stay, terms) -> new FixtureMember("?", LocalDate.EPOCH.plusDays(entryOffset), stay.map(d -> LocalDate.EPOCH.plusDays(entryOffset + d)), terms));
    return dates()
        .zip(
            integers().between(0, 100 * 365).toOptionals(50),
            Generate.pick(List.of(0, 0, 12, 60, 120, 240)),
            lists().of(member).ofSizeBetween(2, 5),
            (begin, duration, length, members) -> {
              List<FixtureMember> placed = new ArrayList<>();
              for (int i = 0; i < members.size(); i++) {
                FixtureMember m = members.get(i);
                // Offsets are relative to the treaty's begin; the first member founds it.
                LocalDate entry = i == 0 ? begin : begin.plusDays(m.entry().toEpochDay());
                Optional<LocalDate> exit = m.exit().map(e -> entry.plusDays(e.toEpochDay() - m.entry().toEpochDay()));
                placed.add(new FixtureMember(STATES.get(i), entry, exit, m.terms()));
              }
              return new FixtureTreaty(4242, begin, duration.map(begin::plusDays), length, placed);
            });
  }

  /** Writes a fixture treaty in ATOP's layout: the required columns, flags and conditions. */
  private static String[] write(FixtureTreaty t) {
    StringBuilder a = new StringBuilder("atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,asymm,conditio,active,ineffect,length");
    for (Obligation o : Obligation.values()) {
      a.append(',').append(AtopColumns.OBLIGATION.get(o));
    }
    for (int i = 1; i <= t.members().size(); i++) {
      a.append(",mem").append(i);
    }
    a.append('\n').append(t.id()).append(',').append(date(Optional.of(t.begin()))).append(',').append(date(t.end()));
    a.append(",0,0,0,0,").append(t.end().isPresent() ? 0 : 1).append(',').append(t.lengthMonths());
    for (Obligation o : Obligation.values()) {
      a.append(',').append(t.members().stream().anyMatch(m -> m.terms().containsKey(o)) ? 1 : 0);
    }
    t.members().forEach(m -> a.append(',').append(m.code()));
    a.append('\n');

    StringBuilder m = new StringBuilder("atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit");
    List<String> columns = new ArrayList<>();
    for (Obligation o : Obligation.values()) {
      columns.add(AtopColumns.OBLIGATION.get(o));
    }
    columns.addAll(AtopColumns.CONDITIONAL.values());
    AtopColumns.CONDITIONS.values().forEach(c -> columns.addAll(c.values()));
    columns.forEach(c -> m.append(',').append(c));
    m.append('\n');
    for (FixtureMember member : t.members()) {
      m.append(t.id()).append(',').append(member.code()).append(',').append(date(Optional.of(member.entry()))).append(',').append(date(member.exit()));
      for (String column : columns) {
        m.append(',').append(cell(member, column) ? 1 : 0);
      }
      m.append('\n');
    }
    return new String[] {a.toString(), m.toString()};
  }

  private static boolean cell(FixtureMember member, String column) {
    for (Obligation o : Obligation.values()) {
      Terms terms = member.terms().get(o);
      if (column.equals(AtopColumns.OBLIGATION.get(o))) {
        return terms != null;
      }
      if (column.equals(AtopColumns.CONDITIONAL.get(o))) {
        return terms != null && terms.conditional();
      }
      for (Map.Entry<ObligationCondition, String> c : AtopColumns.CONDITIONS.get(o).entrySet()) {
        if (column.equals(c.getValue())) {
          return terms != null && terms.conditions().contains(c.getKey());
        }
      }
    }
    throw new IllegalArgumentException(column);
  }

  private static String date(Optional<LocalDate> date) {
    return date.map(d -> d.getYear() + "," + d.getMonthValue() + "," + d.getDayOfMonth()).orElse("0,0,0");
  }

  private static AtopImport read(String[] files) {
    return AtopImporter.read(new StringReader(files[0]), new StringReader(files[1]));
  }

  @Test
  void importingThenExportingAFixtureTreatyKeepsItsObligationsAndDates() {
    qt().forAll(treaties())
        .checkAssert(
            fixture -> {
              AtopImport first = read(write(fixture));
              Alliance imported = first.treaties().get(0).alliance();
              checkAgainstFixture(fixture, imported);

              StringWriter alliances = new StringWriter();
              StringWriter members = new StringWriter();
              List<String> notes = AtopExporter.write(first.treaties(), alliances, members);
              assertEquals(List.of(), notes, "a fixture in ATOP's own terms exports without loss");
              AtopImport second = read(new String[] {alliances.toString(), members.toString()});
              Alliance again = second.treaties().get(0).alliance();
              checkAgainstFixture(fixture, again);
              assertEquals(imported, again);
            });
  }

  /** The imported treaty holds exactly the fixture's obligations, conditions and dates. */
  private static void checkAgainstFixture(FixtureTreaty fixture, Alliance alliance) {
    assertEquals(Optional.of(fixture.begin()), alliance.foundedOn());
    assertEquals(fixture.end(), alliance.endedOn());
    assertEquals(fixture.members().size(), alliance.members().size());
    for (FixtureMember expected : fixture.members()) {
      Member member = alliance.member(PartnerId.of(expected.code())).orElseThrow();
      assertEquals(Optional.of(expected.entry()), member.joinedOn());
      assertEquals(expected.exit(), member.leftOn());
      Map<Obligation, Terms> actual = new EnumMap<>(Obligation.class);
      alliance.agreement().orElseThrow().obligationsOf(member.id())
          .forEach(c -> actual.put(c.obligation(), new Terms(c.conditional(), c.conditions())));
      assertEquals(expected.terms(), actual, "obligations of " + expected.code());
    }
  }
}
