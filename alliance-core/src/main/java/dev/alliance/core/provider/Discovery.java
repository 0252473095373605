package dev.alliance.core.provider;

import dev.alliance.core.scoring.DefaultHealthScorer;
import dev.alliance.core.scoring.DefaultPartnerScorer;
import dev.alliance.core.store.InMemoryEventStore;
import dev.alliance.spi.Provider;
import dev.alliance.spi.scoring.HealthScorer;
import dev.alliance.spi.scoring.PartnerScorer;
import dev.alliance.spi.store.EventStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and chooses a service provider (an event store, a partner scorer, a health scorer).
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>A name given with {@link #named(String)} wins; else the name in the service's system
 *       property ({@value #STORE_PROPERTY}, {@value #PARTNER_SCORER_PROPERTY}, {@value
 *       #HEALTH_SCORER_PROPERTY}). The built-in default answers to its name too ({@code
 *       in-memory}, {@code default}). When no provider of that name starts, {@link #choose()}
 *       throws {@link ProviderNotFoundException}: a named choice never falls back silently.
 *   <li>Otherwise every provider declared for {@link ServiceLoader} is started (instantiated) and
 *       the one with the highest {@link Provider#priority()} wins. <b>Tie-break</b>: the name that
 *       sorts first ({@link String#compareTo}), then the class name that sorts first, so the choice
 *       never depends on class-path order.
 *   <li>A provider that fails to start (missing class, constructor throws, blank name) is logged
 *       as a warning and skipped.
 *   <li>With no provider started, the built-in default is used, and a log line says so.
 * </ol>
 *
 * Every choice is logged at info level with the candidates found ({@link ProviderChoice#lines()}).
 * Candidates not chosen are closed if they are {@link AutoCloseable}.
 *
 * <pre>{@code
 * EventStore store = Discovery.eventStore().get();                       // by priority
 * EventStore jdbc = Discovery.eventStore().named("jdbc").get();          // by name
 * ProviderChoice<PartnerScorer> why = Discovery.partnerScorer().choose(); // with the reasons
 * }</pre>
 *
 * @param <P> the service
 */
public final class Discovery<P extends Provider> {
  /** The system property that names the event store to use. */
  public static final String STORE_PROPERTY = "alliance.store";
  /** The system property that names the partner scorer to use. */
  public static final String PARTNER_SCORER_PROPERTY = "alliance.partner-scorer";
  /** The system property that names the health scorer to use. */
  public static final String HEALTH_SCORER_PROPERTY = "alliance.health-scorer";

  private static final Logger LOG = LoggerFactory.getLogger(Discovery.class);
  // A ServiceLoader iterator that keeps failing on a broken configuration file is given up on.
  private static final int MAX_ERRORS = 100;
  private static final Pattern PROVIDER_IN_MESSAGE = Pattern.compile("Provider (\\S+)");

  private final Class<P> service;
  private final String property;
  private final String defaultName;
  private final Supplier<? extends P> defaultProvider;
  private final Optional<ClassLoader> loader;
  private final Optional<String> name;
  private final UnaryOperator<String> properties;

  private Discovery(
      Class<P> service,
      String property,
      String defaultName,
      Supplier<? extends P> defaultProvider,
      Optional<ClassLoader> loader,
      Optional<String> name,
      UnaryOperator<String> properties) {
    this.service = service;
    this.property = property;
    this.defaultName = defaultName;
    this.defaultProvider = defaultProvider;
    this.loader = loader;
    this.name = name;
    this.properties = properties;
  }

  private static <P extends Provider> Discovery<P> of(
      Class<P> service, String property, String defaultName, Supplier<? extends P> defaultProvider) {
    return new Discovery<>(
        service, property, defaultName, defaultProvider, Optional.empty(), Optional.empty(), System::getProperty);
  }

  /** @return discovery of event stores; the default is the {@link InMemoryEventStore} */
  public static Discovery<EventStore> eventStore() {
    return of(EventStore.class, STORE_PROPERTY, InMemoryEventStore.NAME, InMemoryEventStore::new);
  }

  /** @return discovery of partner scorers; the default is the {@link DefaultPartnerScorer} */
  public static Discovery<PartnerScorer> partnerScorer() {
    return of(PartnerScorer.class, PARTNER_SCORER_PROPERTY, DefaultPartnerScorer.NAME, DefaultPartnerScorer::new);
  }

  /** @return discovery of health scorers; the default is the {@link DefaultHealthScorer} */
  public static Discovery<HealthScorer> healthScorer() {
    return of(HealthScorer.class, HEALTH_SCORER_PROPERTY, DefaultHealthScorer.NAME, DefaultHealthScorer::new);
  }

  /**
   * @param providerName the name of the provider to use, overriding the system property and the
   *     priorities
   * @return this discovery, choosing by that name
   */
  public Discovery<P> named(String providerName) {
    Objects.requireNonNull(providerName, "providerName");
    return new Discovery<>(service, property, defaultName, defaultProvider, loader, Optional.of(providerName), properties);
  }

  /**
   * @param classLoader the class loader whose {@code META-INF/services} declarations to read;
   *     by default the thread's context class loader
   * @return this discovery, with that class loader
   */
  public Discovery<P> classLoader(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader");
    return new Discovery<>(service, property, defaultName, defaultProvider, Optional.of(classLoader), name, properties);
  }

  /**
   * @param lookup where to read system properties from, by name; by default {@link
   *     System#getProperty(String)}
   * @return this discovery, reading properties there
   */
  public Discovery<P> properties(UnaryOperator<String> lookup) {
    Objects.requireNonNull(lookup, "lookup");
    return new Discovery<>(service, property, defaultName, defaultProvider, loader, name, lookup);
  }

  /** @return the name of the system property that names this service's provider */
  public String property() {
    return property;
  }

  /**
   * Finds the providers, chooses one, logs the choice, and closes the candidates not chosen.
   *
   * @return the choice, with its reasons
   * @throws ProviderNotFoundException when a provider was named and none of that name started
   */
  public ProviderChoice<P> choose() {
    List<ProviderFailure> failures = new ArrayList<>();
    List<P> started = start(failures);
    started.sort(
        Comparator.comparingInt((P p) -> -p.priority())
            .thenComparing(Provider::name)
            .thenComparing(p -> p.getClass().getName()));
    List<ProviderCandidate> candidates =
        started.stream().map(p -> new ProviderCandidate(p.name(), p.priority(), p.getClass().getName())).toList();
    failures.forEach(failure -> LOG.warn("{}: provider {}", service.getSimpleName(), failure));

    Optional<String> wanted = name.isPresent() ? name : Optional.ofNullable(properties.apply(property)).map(String::strip).filter(s -> !s.isEmpty());
    ChoiceReason reason;
    P chosen;
    if (wanted.isPresent()) {
      reason = name.isPresent() ? ChoiceReason.NAMED_BY_CALLER : ChoiceReason.NAMED_BY_SYSTEM_PROPERTY;
      String target = wanted.get();
      Optional<P> match = started.stream().filter(p -> p.name().equals(target)).findFirst();
      if (match.isPresent()) {
        chosen = match.get();
      } else if (target.equals(defaultName)) {
        chosen = defaultProvider.get();
      } else {
        closeAll(started, null);
        throw new ProviderNotFoundException(notFound(target, candidates, failures));
      }
    } else if (started.isEmpty()) {
      reason = ChoiceReason.DEFAULT;
      chosen = defaultProvider.get();
    } else {
      reason = ChoiceReason.HIGHEST_PRIORITY;
      chosen = started.get(0);
    }
    closeAll(started, chosen);
    ProviderChoice<P> choice = new ProviderChoice<>(service.getSimpleName(), chosen, reason, candidates, failures);
    List<String> lines = choice.lines();
    for (String line : lines.subList(failures.size(), lines.size())) {
      LOG.info("{}", line);
    }
    return choice;
  }

  /**
   * @return the chosen provider
   * @throws ProviderNotFoundException when a provider was named and none of that name started
   */
  public P get() {
    return choose().provider();
  }

  private List<P> start(List<ProviderFailure> failures) {
    ClassLoader classLoader = loader.orElseGet(() -> Thread.currentThread().getContextClassLoader());
    Iterator<P> found = ServiceLoader.load(service, classLoader).iterator();
    List<P> started = new ArrayList<>();
    int errors = 0;
    while (errors < MAX_ERRORS) {
      try {
        if (!found.hasNext()) {
          break;
        }
        P provider = found.next();
        String problem = problem(provider);
        if (problem == null) {
          started.add(provider);
        } else {
          failures.add(new ProviderFailure(provider.getClass().getName(), problem));
          closeQuietly(provider);
        }
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        errors++;
        failures.add(new ProviderFailure(typeOf(e), describe(e)));
      }
    }
    return started;
  }

  private static String problem(Provider provider) {
    try {
      String providerName = provider.name();
      if (providerName == null || providerName.isBlank()) {
        return "its name is blank";
      }
      provider.priority();
      return null;
    } catch (RuntimeException e) {
      return describe(e);
    }
  }

  private static String typeOf(Throwable e) {
    // ServiceLoader names the provider class in its message: "<service>: Provider <class> could not be instantiated".
    Matcher provider = PROVIDER_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
    return provider.find() ? provider.group(1) : "(unknown provider)";
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      text.append("; caused by ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
    }
    return text.toString();
  }

  private String notFound(String target, List<ProviderCandidate> candidates, List<ProviderFailure> failures) {
    String available =
        candidates.stream().map(ProviderCandidate::name).collect(Collectors.joining(", ", "", candidates.isEmpty() ? "" : ", "))
            + defaultName;
    return service.getSimpleName() + ": no provider named \"" + target + "\" started; available: " + available
        + (failures.isEmpty() ? "" : "; failed to start: " + failures);
  }

  private void closeAll(List<P> started, P chosen) {
    for (P provider : started) {
      if (provider != chosen) {
        closeQuietly(provider);
      }
    }
  }

  private static void closeQuietly(Object provider) {
    if (provider instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.debug("closing an unused provider failed", e);
      }
    }
  }
}
