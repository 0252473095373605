package dev.alliance.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps generated documentation true: the files a module generates from its rules (markdown,
 * diagrams) must equal the committed ones under the repository's {@code docs/}. With {@code
 * -Dalliance.docs.write=true} the files are written first, which is how they are regenerated.
 *
 * <pre>{@code
 * GeneratedDocs.assertCommitted(LifecycleDocs.files(), "LifecycleTables", LifecycleDocs.REGENERATE);
 * }</pre>
 */
public final class GeneratedDocs {
  private GeneratedDocs() {}

  /** @return the repository's docs folder, seen from the module under test */
  public static Path docs() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("../docs").normalize();
  }

  /**
   * @param generated each file's path under docs/ and its generated text
   * @param source what the files are generated from, for the failure message
   * @param regenerate the command that regenerates them, for the failure message
   */
  public static void assertCommitted(Map<String, String> generated, String source, String regenerate) {
    Path docs = docs();
    try {
      if (Boolean.getBoolean("alliance.docs.write")) {
        for (Map.Entry<String, String> file : generated.entrySet()) {
          Path path = docs.resolve(file.getKey());
          Files.createDirectories(path.getParent());
          Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
      }
      List<String> stale = new ArrayList<>();
      for (Map.Entry<String, String> file : generated.entrySet()) {
        Path path = docs.resolve(file.getKey());
        if (!Files.exists(path) || !Files.readString(path, StandardCharsets.UTF_8).equals(file.getValue())) {
          stale.add("docs/" + file.getKey());
        }
      }
      assertTrue(stale.isEmpty(), () -> "out of date with " + source + ": " + stale + ". Regenerate with: " + regenerate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
