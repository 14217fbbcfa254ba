package it.dev.annex.bench;

import java.util.Arrays;

/** The median and the spread (25th to 75th percentile) of a benchmark's samples. */
record Stats(double median, double p25, double p75, int n) {

    static Stats of(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Stats(at(sorted, 0.5), at(sorted, 0.25), at(sorted, 0.75), sorted.length);
    }

    private static double at(double[] sorted, double quantile) {
        double index = quantile * (sorted.length - 1);
        int low = (int) Math.floor(index);
        int high = (int) Math.ceil(index);
        return sorted[low] + (sorted[high] - sorted[low]) * (index - low);
    }

    String format(String unit) {
        return String.format("%s %s (IQR %s–%s)", Results.number(median), unit, Results.number(p25), Results.number(p75));
    }
}
