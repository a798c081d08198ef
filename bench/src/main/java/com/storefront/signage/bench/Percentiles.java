package com.storefront.signage.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of durations in nanoseconds, reported in milliseconds. */
record Percentiles(double p50Millis, double p95Millis, double maxMillis, int n) {
    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(rank(sorted, 0.50), rank(sorted, 0.95), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double rank(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    String p50p95() {
        return String.format("%.1f / %.1f", p50Millis, p95Millis);
    }
}
