package dev.alliance.examples;

/**
 * A historical case modelled with the library. {@link #run()} does the computation and returns a
 * report; the example's test asserts the lesson on the computed values, not on the text.
 */
public interface Example {

  /** @return the case and its date, such as {@code "Treaty of Kadesh (c. 1259 BCE)"} */
  String title();

  /** @return the one lesson the case teaches, in a sentence or two */
  String lesson();

  /** @return the report of the computation, ready to print */
  Report run();

  /**
   * Runs an example on its own and prints its report; each example's {@code main} calls this.
   *
   * @param example the example
   */
  static void runAlone(Example example) {
    System.out.println(example.run().render());
  }
}
