package dev.alliance.atop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alliance.api.agreement.Obligation;
import dev.alliance.api.alliance.Alliance;
import dev.alliance.testkit.SharedData;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole ATOP v4.01 record (Leeds, Ritter, Mitchell and Long 2002, International Interactions
 * 28: 237-260), read from {@code ../shared/data/atop_v4.01}; skipped visibly when it is absent.
 *
 * <p>The expected counts are not taken from the importer: the tests recount them from the raw
 * files with plain string splitting (the files have no quoting), independently of Commons CSV and
 * of the importer's code.
 */
class AtopFullDataTest {
  private static Path dir;
  private static AtopImport atop;

  @BeforeAll
  static void read() {
    dir = SharedData.requireDataSet("atop_v4.01");
    atop = AtopImporter.read(dir);
  }

  private static List<String[]> raw(String file) throws IOException {
    return Files.readAllLines(dir.resolve(file)).stream().map(line -> line.split(",", -1)).toList();
  }

  @Test
  void everyOneOfThe745TreatiesImports() {
    assertEquals(745, atop.treaties().size());
    assertTrue(
        atop.disagreements().stream().noneMatch(d -> d.kind() == DisagreementKind.INVALID_IN_DOMAIN),
        () -> atop.disagreements().stream().filter(d -> d.kind() == DisagreementKind.INVALID_IN_DOMAIN).toList().toString());
  }

  @Test
  void membershipsMatchTheMemberLevelFile() throws IOException {
    List<String[]> rows = raw(AtopImporter.MEMBER_LEVEL_FILE);
    List<String> header = List.of(rows.get(0));
    int id = header.indexOf("atopid");
    int member = header.indexOf("member");
    Set<String> pairs = new HashSet<>();
    for (String[] row : rows.subList(1, rows.size())) {
      pairs.add(row[id] + "/" + row[member]);
    }
    assertEquals(2398, rows.size() - 1, "member-level rows (a member has one row per phase)");
    long imported = atop.treaties().stream().mapToLong(t -> t.alliance().members().size()).sum();
    assertEquals(pairs.size(), imported, "one Member per state and treaty");
  }

  @Test
  void theBilateralFlagDisagreesWithTheMemberListExactlyWhereARecountSaysSo() throws IOException {
    List<String[]> rows = raw(AtopImporter.ALLIANCE_LEVEL_FILE);
    List<String> header = List.of(rows.get(0));
    int id = header.indexOf("atopid");
    int bilat = header.indexOf("bilat");
    int mem1 = header.indexOf("mem1");
    Set<Integer> expected = new HashSet<>();
    for (String[] row : rows.subList(1, rows.size())) {
      Set<String> members = new HashSet<>();
      for (int c = mem1; c < mem1 + 59; c++) {
        if (!row[c].isBlank()) {
          members.add(row[c]);
        }
      }
      if (row[bilat].equals("1") != (members.size() == 2)) {
        expected.add(Integer.parseInt(row[id]));
      }
    }
    Set<Integer> reported = new HashSet<>();
    atop.disagreements().stream().filter(d -> d.kind() == DisagreementKind.BILATERAL_FLAG).forEach(d -> reported.add(d.atopId()));
    assertEquals(expected, reported);
    assertEquals(13, reported.size());
  }

  @Test
  void obligationCountsMatchTheAllianceLevelFlags() throws IOException {
    List<String[]> rows = raw(AtopImporter.ALLIANCE_LEVEL_FILE);
    int defense = List.of(rows.get(0)).indexOf("defense");
    long flagged = rows.subList(1, rows.size()).stream().filter(r -> r[defense].equals("1")).count();
    long imported =
        atop.treaties().stream()
            .filter(t -> t.alliance().agreement().orElseThrow().hasObligation(Obligation.DEFENSE))
            .count();
    assertEquals(flagged, imported);
    assertEquals(275, imported);
  }

  /** The round trip over the real record: export all 745 and read them back unchanged. */
  @Test
  void allTreatiesSurviveExportAndReimport() {
    StringWriter alliances = new StringWriter();
    StringWriter members = new StringWriter();
    AtopExporter.write(atop.treaties(), alliances, members);
    AtopImport again = AtopImporter.read(new StringReader(alliances.toString()), new StringReader(members.toString()));
    List<Alliance> before = atop.treaties().stream().map(AtopTreaty::alliance).toList();
    List<Alliance> after = again.treaties().stream().map(AtopTreaty::alliance).toList();
    assertEquals(before, after);
  }

  @Test
  void printsTheDisagreementCounts() {
    System.out.println("ATOP v4.01 disagreements: " + atop.disagreementCounts() + ", notes: " + atop.notes().size());
    assertTrue(atop.disagreementCounts().containsKey(DisagreementKind.BILATERAL_FLAG));
  }
}
