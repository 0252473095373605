package dev.alliance.api.governance;

import dev.alliance.api.Checks;
import dev.alliance.api.partner.PartnerId;
import java.util.Objects;
import java.util.Set;

/**
 * A governing body of an alliance.
 *
 * @param name the body's name; not blank
 * @param kind the kind of body
 * @param members the members who sit on it; empty means every member of the alliance
 */
public record Body(String name, BodyKind kind, Set<PartnerId> members) {

  /** Validates the body. */
  public Body {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    members = Set.copyOf(Objects.requireNonNull(members, "members"));
    Checks.notBlank("Body.name", name);
  }

  /**
   * @param name the body's name
   * @param kind the kind of body
   * @return a body on which every member sits
   */
  public static Body plenary(String name, BodyKind kind) {
    return new Body(name, kind, Set.of());
  }

  /** @return true when every member of the alliance sits on the body */
  public boolean isPlenary() {
    return members.isEmpty();
  }
}
