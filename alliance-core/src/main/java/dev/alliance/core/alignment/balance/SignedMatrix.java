package dev.alliance.core.alignment.balance;

import dev.alliance.api.alignment.SignedNetwork;
import dev.alliance.api.alignment.SignedTie;
import dev.alliance.api.partner.PartnerId;
import java.util.List;

/**
 * A snapshot network as an adjacency matrix of +1, -1 and 0, the form the searches work on.
 * Package-private: the public surface speaks in api values.
 */
final class SignedMatrix {
  final List<PartnerId> actors;
  final int n;
  final int[][] sign;
  /** For each actor, the indices of the actors it has a tie with. */
  final int[][] neighbours;

  SignedMatrix(SignedNetwork network) {
    if (!network.isSnapshot()) {
      throw new IllegalArgumentException(
          "a pair has ties in several spans; analyse one year at a time with SignedNetwork.at(year)");
    }
    actors = network.actors();
    n = actors.size();
    sign = new int[n][n];
    for (SignedTie tie : network.ties()) {
      int a = network.indexOf(tie.from());
      int b = network.indexOf(tie.to());
      sign[a][b] = tie.sign().value();
      sign[b][a] = tie.sign().value();
    }
    neighbours = new int[n][];
    for (int i = 0; i < n; i++) {
      int count = 0;
      for (int j = 0; j < n; j++) {
        count += sign[i][j] != 0 ? 1 : 0;
      }
      neighbours[i] = new int[count];
      int k = 0;
      for (int j = 0; j < n; j++) {
        if (sign[i][j] != 0) {
          neighbours[i][k++] = j;
        }
      }
    }
  }

  /** @return 1 when a tie of this sign is frustrated with its ends in the same bloc or not */
  static int frustrated(int sign, boolean sameBloc) {
    return (sign < 0 && sameBloc) || (sign > 0 && !sameBloc) ? 1 : 0;
  }

  int frustration(int[] labels) {
    int count = 0;
    for (int i = 0; i < n; i++) {
      for (int j : neighbours[i]) {
        if (j > i) {
          count += frustrated(sign[i][j], labels[i] == labels[j]);
        }
      }
    }
    return count;
  }
}
