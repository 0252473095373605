package dev.alliance.examples.alignment;

import dev.alliance.api.alignment.Sign;
import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.api.partner.PartnerId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds and reads the real data sets in {@code ../shared/data}, which live outside the repository.
 * The folder comes from the system property {@value #PROPERTY} when set, otherwise from walking up
 * from the working directory to one that has {@code shared/data} beside or below it. (The test kit
 * has the same search for tests; examples are main code and cannot use it.)
 */
public final class DataSets {
  /** The system property that points at the data folder. */
  public static final String PROPERTY = "alliance.data.dir";
  /** Six powers 1872-1918 after Antal, Krapivsky and Redner (2006). */
  public static final String WWI = "wwi_signed_ties";
  /** Read's (1954) Gahuku-Gama tribes. */
  public static final String GAHUKU_GAMA = "gahuku_gama";
  /** ATOP v4.01. */
  public static final String ATOP = "atop_v4.01";

  private DataSets() {}

  /**
   * @param name a data set's folder name
   * @return the folder, when it can be found
   */
  public static Optional<Path> find(String name) {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path dir = Paths.get(configured).resolve(name);
      return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (Path candidate : List.of(dir.resolve("shared/data").resolve(name), dir.resolveSibling("shared").resolve("data").resolve(name))) {
        if (Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * @param name a data set's folder name
   * @return the line an example prints in place of its computation when the data set is absent
   */
  public static String absent(String name) {
    return "NOTE: data set '" + name + "' not found in ../shared/data (set -D" + PROPERTY
        + " to point elsewhere); this example needs it and shows nothing more.";
  }

  /**
   * Reads a signed edge list with a header row: {@code from,to,sign[,begin,end]}.
   *
   * @param file the CSV file
   * @return the network of the actors in order of first mention
   */
  public static SignedNetwork readSignedTies(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      List<SignedTie> ties = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        PartnerId from = PartnerId.of(cells[0].trim());
        PartnerId to = PartnerId.of(cells[1].trim());
        Sign sign = Sign.of(Integer.parseInt(cells[2].trim()));
        OptionalInt begin = cells.length > 3 ? OptionalInt.of(Integer.parseInt(cells[3].trim())) : OptionalInt.empty();
        OptionalInt end = cells.length > 4 ? OptionalInt.of(Integer.parseInt(cells[4].trim())) : OptionalInt.empty();
        ties.add(new SignedTie(from, to, sign, begin, end));
      }
      return SignedNetwork.ofTies(ties);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
