package dev.alliance.core.power;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Monte-Carlo estimates for games too large to count exactly. Banzhaf and Johnston sample
 * coalitions uniformly (every player votes yes with probability 1/2); Shapley-Shubik samples voting
 * orders uniformly and records who is pivotal. Samples are split into fixed chunks whose random
 * streams are split from the seed in a fixed order, so the estimates do not depend on how the
 * chunks are scheduled.
 *
 * <p>Intervals: a proportion (absolute Banzhaf, Shapley-Shubik) gets the Wilson score interval; a
 * ratio of two means (normalized Banzhaf: own swings over all swings; Johnston) gets the
 * delta-method interval around the ratio estimator.
 */
final class MonteCarlo {
  private static final int CHUNKS = 32;

  private final SimpleGame game;
  private final long samples;
  private final long seed;
  private final double confidence;
  private final double z;
  private final Parallel parallel;

  MonteCarlo(SimpleGame game, long samples, long seed, double confidence, Parallel parallel) {
    this.game = game;
    this.samples = samples;
    this.seed = seed;
    this.confidence = confidence;
    this.z = Normal.quantile(0.5 + confidence / 2);
    this.parallel = parallel;
  }

  /** Sums over samples of a per-player score X_i and a per-sample total Y. */
  private static final class Moments {
    final double[] x;
    final double[] x2;
    final double[] xy;
    double y;
    double y2;
    long m;

    Moments(int n) {
      x = new double[n];
      x2 = new double[n];
      xy = new double[n];
    }

    void add(Moments o) {
      for (int i = 0; i < x.length; i++) {
        x[i] += o.x[i];
        x2[i] += o.x2[i];
        xy[i] += o.xy[i];
      }
      y += o.y;
      y2 += o.y2;
      m += o.m;
    }
  }

  private interface Sampler {
    void sample(SplittableRandom random, Moments moments, Scratch scratch);
  }

  /** Per-chunk buffers. */
  private static final class Scratch {
    final boolean[] in;
    final long[] sums;
    final long[] other;
    final double[] score;
    final int[] order;

    Scratch(int n, int k) {
      in = new boolean[n];
      sums = new long[k];
      other = new long[k];
      score = new double[n];
      order = new int[n];
    }
  }

  private Moments run(Sampler sampler) {
    int n = game.size();
    int k = game.weights().length;
    SplittableRandom root = new SplittableRandom(seed);
    List<SplittableRandom> streams = new ArrayList<>();
    for (int c = 0; c < CHUNKS; c++) {
      streams.add(root.split());
    }
    List<Moments> parts =
        parallel.forWork((double) samples * n * (k + 1)).map(
            CHUNKS,
            c -> {
              long count = samples * (c + 1) / CHUNKS - samples * c / CHUNKS;
              Moments moments = new Moments(n);
              Scratch scratch = new Scratch(n, k);
              SplittableRandom random = streams.get(c);
              for (long s = 0; s < count; s++) {
                sampler.sample(random, moments, scratch);
              }
              return moments;
            });
    Moments total = new Moments(n);
    parts.forEach(total::add);
    return total;
  }

  /** @return per player, {absolute Banzhaf, normalized Banzhaf} estimates */
  PowerValue.Estimate[][] banzhaf() {
    long[][] w = game.weights();
    Condition condition = game.condition();
    Moments m =
        run(
            (random, moments, s) -> {
              drawCoalition(random, w, s);
              boolean wins = condition.holds(s.sums);
              int swings = 0;
              for (int i = 0; i < s.in.length; i++) {
                shift(w, s.sums, i, s.in[i] ? -1 : 1, s.other);
                boolean flipped = condition.holds(s.other);
                boolean swing = s.in[i] ? wins && !flipped : flipped && !wins;
                s.score[i] = swing ? 1 : 0;
                swings += swing ? 1 : 0;
              }
              record(moments, s.score, swings);
            });
    PowerValue.Estimate[][] result = new PowerValue.Estimate[game.size()][];
    for (int i = 0; i < result.length; i++) {
      result[i] = new PowerValue.Estimate[] {proportion(m.x[i], m.m), ratio(m, i)};
    }
    return result;
  }

  /** @return per player, the Shapley-Shubik estimate */
  PowerValue.Estimate[] shapleyShubik() {
    long[][] w = game.weights();
    Condition condition = game.condition();
    int n = game.size();
    Moments m =
        run(
            (random, moments, s) -> {
              for (int i = 0; i < n; i++) {
                s.order[i] = i;
              }
              java.util.Arrays.fill(s.sums, 0);
              java.util.Arrays.fill(s.score, 0);
              for (int j = 0; j < n; j++) {
                int pick = j + random.nextInt(n - j);
                int player = s.order[pick];
                s.order[pick] = s.order[j];
                s.order[j] = player;
                shift(w, s.sums, player, 1, s.other);
                System.arraycopy(s.other, 0, s.sums, 0, s.sums.length);
                if (condition.holds(s.sums)) {
                  s.score[player] = 1;
                  break;
                }
              }
              record(moments, s.score, 1);
            });
    PowerValue.Estimate[] result = new PowerValue.Estimate[n];
    for (int i = 0; i < n; i++) {
      result[i] = proportion(m.x[i], m.m);
    }
    return result;
  }

  /** @return per player, the Johnston estimate */
  PowerValue.Estimate[] johnston() {
    long[][] w = game.weights();
    Condition condition = game.condition();
    Moments m =
        run(
            (random, moments, s) -> {
              drawCoalition(random, w, s);
              java.util.Arrays.fill(s.score, 0);
              int critical = 0;
              if (condition.holds(s.sums)) {
                for (int i = 0; i < s.in.length; i++) {
                  if (s.in[i]) {
                    shift(w, s.sums, i, -1, s.other);
                    if (!condition.holds(s.other)) {
                      s.score[i] = 1;
                      critical++;
                    }
                  }
                }
                for (int i = 0; i < s.in.length; i++) {
                  s.score[i] /= Math.max(critical, 1);
                }
              }
              record(moments, s.score, critical > 0 ? 1 : 0);
            });
    PowerValue.Estimate[] result = new PowerValue.Estimate[game.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = ratio(m, i);
    }
    return result;
  }

  private static void record(Moments moments, double[] score, double y) {
    for (int i = 0; i < score.length; i++) {
      double x = score[i];
      if (x != 0) {
        moments.x[i] += x;
        moments.x2[i] += x * x;
        moments.xy[i] += x * y;
      }
    }
    moments.y += y;
    moments.y2 += y * y;
    moments.m++;
  }

  /** Draws a coalition uniformly (each player in with probability 1/2) and sums it. */
  private static void drawCoalition(SplittableRandom random, long[][] w, Scratch s) {
    randomCoalition(random, s.in);
    SimpleGame.sums(w, s.in, s.sums);
  }

  private static void randomCoalition(SplittableRandom random, boolean[] in) {
    long bits = 0;
    for (int i = 0; i < in.length; i++) {
      if ((i & 63) == 0) {
        bits = random.nextLong();
      }
      in[i] = (bits & 1) != 0;
      bits >>>= 1;
    }
  }

  private static void shift(long[][] w, long[] sums, int player, int sign, long[] out) {
    for (int c = 0; c < w.length; c++) {
      out[c] = sums[c] + sign * w[c][player];
    }
  }

  /** The sample proportion with its Wilson score interval. */
  private PowerValue.Estimate proportion(double hits, long m) {
    double p = hits / m;
    double z2 = z * z;
    double denominator = 1 + z2 / m;
    double center = (p + z2 / (2.0 * m)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / m + z2 / (4.0 * m * m)) / denominator;
    double se = Math.sqrt(p * (1 - p) / m);
    return new PowerValue.Estimate(p, se, Math.min(p, Math.max(0, center - half)), Math.max(p, Math.min(1, center + half)), confidence, m);
  }

  /** The ratio estimator {@code sum X_i / sum Y} with its delta-method interval. */
  private PowerValue.Estimate ratio(Moments m, int i) {
    if (m.y == 0) {
      return new PowerValue.Estimate(0, 0, 0, 1, confidence, m.m);
    }
    double n = m.m;
    double r = m.x[i] / m.y;
    double meanY = m.y / n;
    // Var(X - rY) from the sample moments, over n samples, scaled by the mean of Y squared.
    double ex2 = m.x2[i] / n;
    double exy = m.xy[i] / n;
    double ey2 = m.y2 / n;
    double ex = m.x[i] / n;
    double variance = ex2 - 2 * r * exy + r * r * ey2 - (ex - r * meanY) * (ex - r * meanY);
    double se = Math.sqrt(Math.max(variance, 0) / n) / meanY;
    return new PowerValue.Estimate(r, se, Math.max(0, r - z * se), Math.min(1, r + z * se), confidence, m.m);
  }
}
