package org.handover.engine.forecast;

import java.util.SplittableRandom;
import org.hipparchus.random.RandomGenerator;

/**
 * The JDK's {@link SplittableRandom} (SplitMix64) behind Hipparchus' {@link RandomGenerator}
 * interface. Sample paths draw several uniforms per region and month; this generator costs a few
 * nanoseconds a draw against about twenty for Hipparchus' fastest (Mersenne Twister), which is what
 * makes outlooks over thousands of regions fit their time budget. SplitMix64 passes BigCrush, and
 * seeding one generator per path (from {@link Seeds#derive}) is exactly its intended use. Not
 * thread-safe: one per path.
 */
final class SplitMixGenerator implements RandomGenerator {
  private SplittableRandom random;
  private double spareGaussian = Double.NaN;

  SplitMixGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  @Override
  public void setSeed(int seed) {
    setSeed((long) seed);
  }

  @Override
  public void setSeed(int[] seed) {
    long s = 0;
    for (int x : seed) {
      s = s * 0x9E3779B97F4A7C15L + x;
    }
    setSeed(s);
  }

  @Override
  public void setSeed(long seed) {
    random = new SplittableRandom(seed);
    spareGaussian = Double.NaN;
  }

  @Override
  public void nextBytes(byte[] bytes) {
    random.nextBytes(bytes);
  }

  @Override
  public void nextBytes(byte[] bytes, int offset, int len) {
    byte[] tmp = new byte[len];
    random.nextBytes(tmp);
    System.arraycopy(tmp, 0, bytes, offset, len);
  }

  @Override
  public int nextInt() {
    return random.nextInt();
  }

  @Override
  public int nextInt(int n) {
    return random.nextInt(n);
  }

  @Override
  public long nextLong() {
    return random.nextLong();
  }

  @Override
  public long nextLong(long n) {
    return random.nextLong(n);
  }

  @Override
  public boolean nextBoolean() {
    return random.nextBoolean();
  }

  @Override
  public float nextFloat() {
    return (random.nextInt() >>> 8) * 0x1.0p-24f;
  }

  @Override
  public double nextDouble() {
    return random.nextDouble();
  }

  @Override
  public double nextGaussian() {
    if (!Double.isNaN(spareGaussian)) {
      double g = spareGaussian;
      spareGaussian = Double.NaN;
      return g;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * random.nextDouble() - 1;
      v = 2 * random.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double f = Math.sqrt(-2 * Math.log(s) / s);
    spareGaussian = v * f;
    return u * f;
  }
}
