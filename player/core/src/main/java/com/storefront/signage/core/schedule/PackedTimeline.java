package com.storefront.signage.core.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A display's segments as a handful of arrays, with who competes in each segment as a bit set
 * over the display's entries in rank order, and the splice that applies one campaign's edit to
 * them without resolving every entry again.
 *
 * <p>A fleet holds a week of segments for every display and re-resolves up to thousands of them
 * per edit. As lists of ids that was about 30 KB and 360 objects per display, most of it copied
 * again by the garbage collector after each edit; packed it is a fifth of that in six objects.
 *
 * <p>The splice is exact because a campaign can only ever appear in campaign-layer segments, which
 * list every active campaign and the default loop: a segment of a higher layer hides it either
 * way, and anywhere else removing it leaves the default loop or nothing, and adding it joins the
 * others in rank order. The result equals {@link ScheduleResolver#resolve} on the new entries.
 */
public final class PackedTimeline {
    private static final Layer[] LAYERS = Layer.values();

    private final String[] ids;
    private final Instant[] starts;
    private final Instant[] ends;
    private final byte[] layers;
    private final long[] members;
    private final int words;

    private PackedTimeline(String[] ids, Instant[] starts, Instant[] ends, byte[] layers, long[] members) {
        this.ids = ids;
        this.starts = starts;
        this.ends = ends;
        this.layers = layers;
        this.members = members;
        this.words = words(ids.length);
    }

    /** Packs what {@link ScheduleResolver#resolve} made of {@code entries}. */
    public static PackedTimeline of(List<Segment> segments, List<ScheduleEntry> entries) {
        ScheduleEntry[] ranked = ranked(entries);
        Map<String, Integer> index = new HashMap<>(ranked.length * 2);
        for (int i = 0; i < ranked.length; i++) {
            index.put(ranked[i].id(), i);
        }
        int words = words(ranked.length);
        int n = segments.size();
        Instant[] starts = new Instant[n];
        Instant[] ends = new Instant[n];
        byte[] layers = new byte[n];
        long[] members = new long[n * words];
        for (int s = 0; s < n; s++) {
            Segment segment = segments.get(s);
            starts[s] = segment.start();
            ends[s] = segment.end();
            layers[s] = (byte) segment.layer().ordinal();
            int previous = -1;
            for (String id : segment.entryIds()) {
                Integer i = index.get(id);
                if (i == null || i <= previous) {
                    throw new IllegalArgumentException("segment " + segment + " names " + id + " out of the entries' rank order");
                }
                members[s * words + i / 64] |= 1L << (i % 64);
                previous = i;
            }
        }
        return new PackedTimeline(ids(ranked), starts, ends, layers, members);
    }

    /**
     * The timeline after campaign {@code campaignId} changed, equal to resolving {@code entries}
     * again over {@code [from, to)}.
     *
     * @param replacement the campaign's new entry for this display, or null when it no longer reaches it
     * @param activeTimes the replacement's active times (ignored without a replacement)
     * @param entries     the display's entries after the change
     */
    public PackedTimeline replace(String campaignId, ScheduleEntry replacement, List<Interval> activeTimes,
                                  List<ScheduleEntry> entries, Instant from, Instant to) {
        if (replacement != null && (replacement.layer() != Layer.CAMPAIGN || !replacement.id().equals(campaignId))) {
            throw new IllegalArgumentException("a splice replaces a campaign by a new version of itself, got " + replacement.id());
        }
        ScheduleEntry[] ranked = ranked(entries);
        int newWords = words(ranked.length);
        Map<String, Integer> index = new HashMap<>(ranked.length * 2);
        for (int i = 0; i < ranked.length; i++) {
            index.put(ranked[i].id(), i);
        }
        // where each old member goes in the new rank order; the changed campaign is dropped
        int[] remap = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Integer j = ids[i].equals(campaignId) ? null : index.get(ids[i]);
            remap[i] = j == null ? -1 : j;
        }
        Integer addedIndex = replacement == null ? Integer.valueOf(-1) : index.get(campaignId);
        if (addedIndex == null) {
            throw new IllegalArgumentException("the entries after the change must include the replacement " + campaignId);
        }
        List<Interval> added = replacement == null || replacement.items().isEmpty() ? List.of()
                : Interval.merge(activeTimes.stream().map(t -> t.clip(from, to)).toList());

        Builder out = new Builder(newWords, starts.length + 2 * added.size() + 1);
        long[] piece = new long[newWords];
        int s = 0;
        int a = 0;
        Instant at = from;
        while (at.isBefore(to)) {
            while (s < starts.length && !ends[s].isAfter(at)) {
                s++;
            }
            while (a < added.size() && !added.get(a).end().isAfter(at)) {
                a++;
            }
            boolean inSegment = s < starts.length && !starts[s].isAfter(at);
            boolean active = a < added.size() && !added.get(a).start().isAfter(at);
            Instant next = to;
            next = earlier(next, inSegment ? ends[s] : s < starts.length ? starts[s] : to);
            next = earlier(next, active ? added.get(a).end() : a < added.size() ? added.get(a).start() : to);

            Arrays.fill(piece, 0);
            Layer before = inSegment ? LAYERS[layers[s]] : null;
            if (inSegment) {
                for (int w = 0; w < words; w++) {
                    long bits = members[s * words + w];
                    while (bits != 0) {
                        int j = remap[w * 64 + Long.numberOfTrailingZeros(bits)];
                        if (j >= 0) {
                            piece[j / 64] |= 1L << (j % 64);
                        }
                        bits &= bits - 1;
                    }
                }
            }
            // an emergency or override hides campaigns, whether the campaign is there or not
            boolean hidden = before == Layer.EMERGENCY || before == Layer.OVERRIDE;
            if (active && !hidden) {
                piece[addedIndex / 64] |= 1L << (addedIndex % 64);
            }
            int top = first(piece);
            if (top >= 0) {
                // in rank order, so the first member says which layer is on top
                out.add(at, next, hidden ? before : ranked[top].layer(), piece);
            }
            at = next;
        }
        return out.build(ids(ranked));
    }

    public List<Segment> segments() {
        List<Segment> out = new ArrayList<>(starts.length);
        for (int s = 0; s < starts.length; s++) {
            List<String> entryIds = new ArrayList<>();
            for (int w = 0; w < words; w++) {
                long bits = members[s * words + w];
                while (bits != 0) {
                    entryIds.add(ids[w * 64 + Long.numberOfTrailingZeros(bits)]);
                    bits &= bits - 1;
                }
            }
            out.add(new Segment(starts[s], ends[s], LAYERS[layers[s]], entryIds));
        }
        return out;
    }

    public int size() {
        return starts.length;
    }

    @Override
    public String toString() {
        return "PackedTimeline of " + size() + " segments over " + ids.length + " entries";
    }

    private static ScheduleEntry[] ranked(List<ScheduleEntry> entries) {
        return entries.stream().sorted(ScheduleResolver.RANK).toArray(ScheduleEntry[]::new);
    }

    private static String[] ids(ScheduleEntry[] ranked) {
        String[] out = new String[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            out[i] = ranked[i].id();
        }
        return out;
    }

    private static int words(int entries) {
        return Math.max(1, (entries + 63) / 64);
    }

    private static int first(long[] bits) {
        for (int w = 0; w < bits.length; w++) {
            if (bits[w] != 0) {
                return w * 64 + Long.numberOfTrailingZeros(bits[w]);
            }
        }
        return -1;
    }

    private static Instant earlier(Instant a, Instant b) {
        return b.isBefore(a) ? b : a;
    }

    /** Appends segments, joining one to the previous when it continues it with the same members. */
    private static final class Builder {
        private final int words;
        private Instant[] starts;
        private Instant[] ends;
        private byte[] layers;
        private long[] members;
        private int size;

        Builder(int words, int capacity) {
            this.words = words;
            starts = new Instant[capacity];
            ends = new Instant[capacity];
            layers = new byte[capacity];
            members = new long[capacity * words];
        }

        void add(Instant start, Instant end, Layer layer, long[] piece) {
            if (size > 0 && ends[size - 1].equals(start) && layers[size - 1] == layer.ordinal()
                    && Arrays.equals(members, (size - 1) * words, size * words, piece, 0, words)) {
                ends[size - 1] = end;
                return;
            }
            if (size == starts.length) {
                int capacity = size * 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                layers = Arrays.copyOf(layers, capacity);
                members = Arrays.copyOf(members, capacity * words);
            }
            starts[size] = start;
            ends[size] = end;
            layers[size] = (byte) layer.ordinal();
            System.arraycopy(piece, 0, members, size * words, words);
            size++;
        }

        PackedTimeline build(String[] ids) {
            return new PackedTimeline(ids, Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), Arrays.copyOf(layers, size),
                    Arrays.copyOf(members, size * words));
        }
    }
}
