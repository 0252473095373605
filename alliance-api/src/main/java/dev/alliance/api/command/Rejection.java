package dev.alliance.api.command;

import dev.alliance.api.Checks;
import dev.alliance.api.event.AllianceEvent;
import dev.alliance.api.event.RecordedEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A command that was not carried out, and why: the rule it broke, by a stable id that programs can
 * match on, and a reason with the figures involved, for people. A rejected command changes nothing.
 *
 * <pre>{@code
 * Rejection r = new Rejection("formation.requires-complete-agreement",
 *     "the agreement lacks EXIT, DISPUTE_RESOLUTION");
 * r.toString(); // formation.requires-complete-agreement: the agreement lacks EXIT, DISPUTE_RESOLUTION
 * }</pre>
 *
 * @param rule the rule's stable id: dot-separated lower-case words, such as {@code
 *     withdrawal.notice-period-must-run}
 * @param reason what was wrong, with the figures; not blank
 */
public record Rejection(String rule, String reason) implements CommandDecision, CommandResult {
  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  /** Validates the rule id and the reason. */
  public Rejection {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Checks.check(
        RULE_ID.matcher(rule).matches(),
        "Rejection.rule",
        rule,
        "must be dot-separated lower-case words, such as formation.requires-complete-agreement");
    Checks.notBlank("Rejection.reason", reason);
  }

  /** @return false: a rejected command emits nothing */
  @Override
  public boolean isAccepted() {
    return false;
  }

  /** @return no events */
  @Override
  public List<AllianceEvent> events() {
    return List.of();
  }

  /** @return no events */
  @Override
  public List<RecordedEvent> recorded() {
    return List.of();
  }

  /** @return this rejection */
  @Override
  public Optional<Rejection> rejection() {
    return Optional.of(this);
  }

  @Override
  public String toString() {
    return rule + ": " + reason;
  }
}
