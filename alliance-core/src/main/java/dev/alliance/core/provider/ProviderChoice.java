package dev.alliance.core.provider;

import dev.alliance.spi.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What discovery chose, and why: the provider, the reason, every candidate that started, and every
 * provider that failed to start. {@link #lines()} is what discovery logs.
 *
 * <pre>{@code
 * ProviderChoice<EventStore> choice = Discovery.eventStore().choose();
 * choice.lines();
 * // [EventStore: 2 candidates: jdbc (priority 100, ...), my-store (priority 50, ...)
 * //  EventStore: chose jdbc (highest priority)]
 * }</pre>
 *
 * @param service the service interface's simple name, such as {@code EventStore}
 * @param provider the chosen provider
 * @param reason why it was chosen
 * @param candidates the providers found and started, best first (the default is not among them)
 * @param failures the providers that could not be started
 * @param <P> the service
 */
public record ProviderChoice<P extends Provider>(
    String service, P provider, ChoiceReason reason, List<ProviderCandidate> candidates, List<ProviderFailure> failures) {

  /** Copies the lists. */
  public ProviderChoice {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(reason, "reason");
    candidates = List.copyOf(candidates);
    failures = List.copyOf(failures);
  }

  /** @return the explanation, one line per fact: failures, the candidates, then the choice */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    failures.forEach(failure -> lines.add(service + ": provider " + failure));
    if (candidates.isEmpty()) {
      lines.add(service + ": no provider found");
    } else {
      lines.add(
          service + ": " + candidates.size() + " candidate" + (candidates.size() == 1 ? "" : "s") + ": "
              + candidates.stream().map(ProviderCandidate::toString).collect(Collectors.joining(", ")));
    }
    lines.add(service + ": chose " + provider.name() + " (" + because() + ")");
    return lines;
  }

  private String because() {
    switch (reason) {
      case NAMED_BY_CALLER:
        return "named by the caller";
      case NAMED_BY_SYSTEM_PROPERTY:
        return "named by a system property";
      case HIGHEST_PRIORITY:
        return candidates.size() == 1 ? "the only candidate" : "highest priority";
      default:
        return "the built-in default";
    }
  }
}
