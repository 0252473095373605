/**
 * Benefit distribution: dividing an alliance's gains equally, in proportion to weights, or by the
 * Shapley value of a coalition value function (exact for small alliances, sampled with a stated
 * error beyond), and checking whether a division lies in the core, naming the coalition that would
 * leave when it does not.
 */
package dev.alliance.core.benefit;
