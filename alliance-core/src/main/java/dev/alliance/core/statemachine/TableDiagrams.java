package dev.alliance.core.statemachine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a {@link TransitionTable} as text: a Mermaid state diagram, a Graphviz DOT graph, and a
 * Markdown section with the diagram, the states, the transitions and the rules. Everything is
 * generated from the table, so documentation made this way cannot disagree with the engine.
 *
 * <pre>{@code
 * String mermaid = TableDiagrams.mermaid(LifecycleTables.alliance());
 * // stateDiagram-v2
 * //     [*] --> PROPOSED: AllianceProposed
 * //     PROPOSED --> NEGOTIATING: NegotiationsOpened
 * //     ...
 * }</pre>
 */
public final class TableDiagrams {
  private TableDiagrams() {}

  /**
   * @param table a table
   * @return a Mermaid {@code stateDiagram-v2}: one edge per pair of states, labelled with its events
   *     (automatic ones marked), terminal states leading to the end marker
   */
  public static String mermaid(TransitionTable<?, ?> table) {
    StringBuilder text = new StringBuilder("stateDiagram-v2\n");
    for (List<Transition<?, ?>> edge : edges(table)) {
      Transition<?, ?> first = edge.get(0);
      text.append("    ")
          .append(first.from().map(Enum::name).orElse("[*]"))
          .append(" --> ")
          .append(first.to().name())
          .append(": ")
          .append(label(edge))
          .append('\n');
    }
    for (Enum<?> state : table.terminalStates()) {
      text.append("    ").append(state.name()).append(" --> [*]\n");
    }
    return text.toString();
  }

  /**
   * @param table a table
   * @return a Graphviz {@code digraph}: one edge per pair of states, labelled with its events; terminal
   *     states have a double border, edges with only automatic transitions are dashed
   */
  public static String dot(TransitionTable<?, ?> table) {
    String graph = table.name().replaceAll("[^A-Za-z0-9_]", "_");
    StringBuilder text = new StringBuilder();
    text.append("digraph ").append(graph).append(" {\n");
    text.append("  label=\"").append(table.title()).append("\";\n");
    text.append("  rankdir=LR;\n");
    text.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
    text.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    text.append("  start [shape=point, label=\"\"];\n");
    for (Enum<?> state : table.states().getEnumConstants()) {
      text.append("  ").append(state.name());
      if (table.terminalStates().contains(state)) {
        text.append(" [peripheries=2]");
      }
      text.append(";\n");
    }
    for (List<Transition<?, ?>> edge : edges(table)) {
      Transition<?, ?> first = edge.get(0);
      text.append("  ")
          .append(first.from().map(Enum::name).orElse("start"))
          .append(" -> ")
          .append(first.to().name())
          .append(" [label=\"")
          .append(label(edge))
          .append('"');
      if (edge.stream().allMatch(Transition::isAutomatic)) {
        text.append(", style=dashed");
      }
      text.append("];\n");
    }
    text.append("}\n");
    return text.toString();
  }

  /**
   * Renders a Markdown section: a level-2 heading with the table's title, the Mermaid diagram, and
   * tables of states, transitions (rows of one event with the same meaning are merged) and rules.
   *
   * @param table a table
   * @return the section
   */
  public static <S extends Enum<S>> String markdown(TransitionTable<S, ?> table) {
    StringBuilder text = new StringBuilder();
    text.append("## ").append(table.title()).append("\n\n");
    text.append("```mermaid\n").append(mermaid(table)).append("```\n\n");
    text.append("### States\n\n| state | meaning |\n|---|---|\n");
    for (S state : table.states().getEnumConstants()) {
      text.append("| `").append(state.name()).append("` | ").append(cell(table.describe(state)));
      if (table.terminalStates().contains(state)) {
        text.append(" Terminal.");
      }
      text.append(" |\n");
    }
    text.append("\n### Transitions\n\n");
    text.append("| from | event | to | asked for by | guards, in order | meaning |\n|---|---|---|---|---|---|\n");
    for (List<Transition<?, ?>> group : groups(table)) {
      Transition<?, ?> first = group.get(0);
      boolean stays = group.stream().allMatch(t -> t.from().isPresent() && t.from().get() == t.to());
      String from =
          first.from().isEmpty()
              ? "(start)"
              : group.stream().map(t -> "`" + t.from().get().name() + "`").collect(Collectors.joining(", "));
      String to = stays ? "(unchanged)" : "`" + first.to().name() + "`";
      String by = first.command().map(c -> "`" + c.getSimpleName() + "`").orElse("automatic");
      String guards = first.rules().stream().map(r -> "`" + r.id() + "`").collect(Collectors.joining(", "));
      text.append("| ").append(from)
          .append(" | `").append(first.event().getSimpleName())
          .append("` | ").append(to)
          .append(" | ").append(by)
          .append(" | ").append(guards)
          .append(" | ").append(cell(first.description()))
          .append(" |\n");
    }
    text.append("\n### Rules\n\n| rule | what must hold |\n|---|---|\n");
    for (Rule rule : rules(table)) {
      text.append("| `").append(rule.id()).append("` | ").append(cell(rule.description())).append(" |\n");
    }
    return text.toString();
  }

  /**
   * @param table a table
   * @return its general rules, then every guard's rule once, in the order of first appearance
   */
  public static List<Rule> rules(TransitionTable<?, ?> table) {
    Set<Rule> rules = new LinkedHashSet<>(table.generalRules());
    table.transitions().forEach(t -> rules.addAll(t.rules()));
    return List.copyOf(rules);
  }

  private static String label(List<Transition<?, ?>> edge) {
    return edge.stream()
        .map(t -> t.event().getSimpleName() + (t.isAutomatic() ? " (automatic)" : ""))
        .collect(Collectors.joining(", "));
  }

  /** The rows between one pair of states, drawn as one edge, in the order the pairs first appear. */
  private static List<List<Transition<?, ?>>> edges(TransitionTable<?, ?> table) {
    java.util.Map<String, List<Transition<?, ?>>> edges = new java.util.LinkedHashMap<>();
    for (Transition<?, ?> t : table.transitions()) {
      String key = t.from().map(Enum::name).orElse("[*]") + "->" + t.to().name();
      edges.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
    }
    return new ArrayList<>(edges.values());
  }

  /** Consecutive rows of one event with one meaning and one target read best as one line. */
  private static List<List<Transition<?, ?>>> groups(TransitionTable<?, ?> table) {
    List<List<Transition<?, ?>>> groups = new ArrayList<>();
    for (Transition<?, ?> t : table.transitions()) {
      List<Transition<?, ?>> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && sameLine(last.get(0), t)) {
        last.add(t);
      } else {
        List<Transition<?, ?>> group = new ArrayList<>();
        group.add(t);
        groups.add(group);
      }
    }
    return groups;
  }

  private static boolean sameLine(Transition<?, ?> a, Transition<?, ?> b) {
    boolean aStays = a.from().isPresent() && a.from().get() == a.to();
    boolean bStays = b.from().isPresent() && b.from().get() == b.to();
    return a.event() == b.event()
        && a.description().equals(b.description())
        && a.from().isPresent()
        && b.from().isPresent()
        && (aStays && bStays || !aStays && !bStays && a.to() == b.to());
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /**
   * @param title a title
   * @return a file-name stem for it, such as {@code alliance-lifecycle}
   */
  public static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
