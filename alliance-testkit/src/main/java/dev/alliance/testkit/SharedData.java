package dev.alliance.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real-world data sets that live outside the repository in {@code ../shared/data} (they
 * may not be copied into it). The folder is taken from the system property {@code
 * alliance.data.dir} when set, otherwise found by walking up from the working directory to a
 * directory that has {@code shared/data} beside or under it.
 *
 * <pre>{@code
 * Path atop = SharedData.requireDataSet("atop_v4.01"); // skips the test visibly when absent
 * }</pre>
 */
public final class SharedData {
  /** The system property that overrides where the data sets are looked for. */
  public static final String PROPERTY = "alliance.data.dir";

  private SharedData() {}

  /** @return the shared data folder, when one can be found */
  public static Optional<Path> dataDir() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      Path dir = Paths.get(configured);
      return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null) {
      for (Path candidate : new Path[] {dir.resolve("shared/data"), dir.resolveSibling("shared/data")}) {
        if (candidate != null && Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /**
   * @param name a data set's folder name, such as {@code "atop_v4.01"}
   * @return the folder, when present
   */
  public static Optional<Path> dataSet(String name) {
    return dataDir().map(dir -> dir.resolve(name)).filter(Files::isDirectory);
  }

  /**
   * Returns a data set's folder, or skips the calling test with a message that says what is
   * missing and where it was looked for. The message is also printed, so the skip is visible in
   * the build log and not only in the report.
   *
   * @param name a data set's folder name
   * @return the folder
   */
  public static Path requireDataSet(String name) {
    Optional<Path> dir = dataSet(name);
    if (dir.isEmpty()) {
      String message =
          "SKIPPED: data set '" + name + "' not found (looked in ../shared/data; set -D" + PROPERTY + " to point elsewhere)";
      System.err.println(message);
      Assumptions.abort(message);
    }
    return dir.get();
  }
}
