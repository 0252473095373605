package dev.alliance.core.power;

import dev.alliance.api.partner.PartnerId;
import java.util.List;
import java.util.Set;

/**
 * A list of coalitions, such as the minimal winning ones, and whether it is the whole list or was
 * cut at the limit the caller set (their number grows exponentially with the players).
 *
 * @param coalitions the coalitions found, each in the game's player order
 * @param complete true when every such coalition is listed
 */
public record Coalitions(List<Set<PartnerId>> coalitions, boolean complete) {
  /** Copies the list. */
  public Coalitions {
    coalitions = List.copyOf(coalitions);
  }

  /** @return the number of coalitions listed */
  public int size() {
    return coalitions.size();
  }
}
