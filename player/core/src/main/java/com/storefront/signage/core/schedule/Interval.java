package com.storefront.signage.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A half-open span of time {@code [start, end)}. */
public record Interval(Instant start, Instant end) {
    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval ends before it starts: " + start + " .. " + end);
        }
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    public boolean empty() {
        return !end.isAfter(start);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** The overlap with {@code [from, to)}, possibly empty. */
    public Interval clip(Instant from, Instant to) {
        Instant s = start.isBefore(from) ? from : start;
        Instant e = end.isAfter(to) ? to : end;
        return e.isAfter(s) ? new Interval(s, e) : new Interval(s, s);
    }

    /** Sorted, without empties, touching or overlapping spans joined. */
    public static List<Interval> merge(List<Interval> intervals) {
        List<Interval> sorted = intervals.stream().filter(i -> !i.empty())
                .sorted(Comparator.comparing(Interval::start)).toList();
        List<Interval> merged = new ArrayList<>();
        for (Interval i : sorted) {
            if (!merged.isEmpty() && !i.start().isAfter(merged.get(merged.size() - 1).end())) {
                Interval last = merged.remove(merged.size() - 1);
                merged.add(new Interval(last.start(), i.end().isAfter(last.end()) ? i.end() : last.end()));
            } else {
                merged.add(i);
            }
        }
        return merged;
    }
}
