package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import java.util.Locale;
import java.util.Objects;

/**
 * A class of decisions that an alliance may decide by its own procedure. The common areas are
 * constants; alliances may name others.
 *
 * @param name the area's name, normalized to lower case
 */
public record IssueArea(String name) {
  /** Admitting, suspending and expelling members. */
  public static final IssueArea MEMBERSHIP = new IssueArea("membership");
  /** The budget and contributions. */
  public static final IssueArea BUDGET = new IssueArea("budget");
  /** Security and defense matters. */
  public static final IssueArea SECURITY = new IssueArea("security");
  /** Amending the agreement. */
  public static final IssueArea AMENDMENT = new IssueArea("amendment");
  /** Suspending the alliance's operation. */
  public static final IssueArea SUSPENSION = new IssueArea("suspension");
  /** Dissolving the alliance. */
  public static final IssueArea DISSOLUTION = new IssueArea("dissolution");
  /** Day-to-day operations. */
  public static final IssueArea OPERATIONS = new IssueArea("operations");
  /** Declaring and ending a crisis, which activates the authority delegated for crises. */
  public static final IssueArea CRISIS = new IssueArea("crisis");

  /** Validates and normalizes the name. */
  public IssueArea {
    Objects.requireNonNull(name, "name");
    Checks.notBlank("IssueArea.name", name);
    name = name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * @param name the area's name
   * @return the issue area
   */
  public static IssueArea of(String name) {
    return new IssueArea(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
