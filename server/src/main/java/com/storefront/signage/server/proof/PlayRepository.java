package com.storefront.signage.server.proof;

import com.storefront.signage.core.protocol.PlayRecord;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The plays table: a display's batches stored once per key, and the report staff read. */
public final class PlayRepository {
    private static final String INSERT = "insert into plays (display_id, play_key, organisation_id, store_id, item_id, campaign_id,"
            + " playlist_id, slide_id, video_sha256, started_at, ended_at, duration_ms, manifest_version)"
            + " select $1, k, $2, $3, i, c, p, s, v, st, en, d, m"
            + " from unnest($4::uuid[], $5::text[], $6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $10::timestamptz[],"
            + " $11::timestamptz[], $12::bigint[], $13::text[]) as t(k, i, c, p, s, v, st, en, d, m)"
            + " on conflict (display_id, play_key) do nothing";

    /** Plays in the window that the reader may see; $1 organisation, $2-$3 window, $4 campaign, $5 store, $6 only these stores. */
    private static final String SCOPE = "select * from plays where organisation_id = $1 and started_at >= $2 and started_at < $3"
            + " and ($4::uuid is null or campaign_id = $4) and ($5::uuid is null or store_id = $5)"
            + " and ($6::uuid[] is null or store_id = any($6))";

    private static final String TALLY = "count(*) as plays, coalesce(sum(duration_ms), 0) as played_ms,"
            + " count(*) filter (where ended_at is null) as unfinished";

    private static final String BY_CAMPAIGN = "select g.*, "
            + " coalesce(c.name, i.name, (select r.snapshot ->> 'name' from campaign_revisions r where r.campaign_id = g.campaign_id"
            + " order by r.revision desc limit 1)) as name,"
            + " case when g.campaign_id is null then 'default' when i.id is not null then i.kind else 'campaign' end as kind"
            + " from (select campaign_id, " + TALLY + " from (" + SCOPE + ") scoped group by campaign_id) g"
            + " left join campaigns c on c.id = g.campaign_id left join interruptions i on i.id = g.campaign_id"
            + " order by g.plays desc, name";

    private static final String BY_DISPLAY = "select g.*, d.name as display_name, s.name as store_name"
            + " from (select display_id, store_id, " + TALLY + " from (" + SCOPE + ") scoped group by display_id, store_id) g"
            + " join displays d on d.id = g.display_id left join stores s on s.id = g.store_id"
            + " order by s.name, d.name";

    private final Pool pool;

    public PlayRepository(Pool pool) {
        this.pool = pool;
    }

    /** Stores the plays a display sent, in one statement; returns how many were new (the rest it already had). */
    Future<Integer> insert(UUID displayId, UUID organisationId, UUID storeId, List<PlayRecord> plays) {
        int n = plays.size();
        UUID[] keys = new UUID[n];
        String[] items = new String[n];
        UUID[] campaigns = new UUID[n];
        UUID[] playlists = new UUID[n];
        UUID[] slides = new UUID[n];
        String[] videos = new String[n];
        OffsetDateTime[] started = new OffsetDateTime[n];
        OffsetDateTime[] ended = new OffsetDateTime[n];
        Long[] durations = new Long[n];
        String[] versions = new String[n];
        for (int i = 0; i < n; i++) {
            PlayRecord p = plays.get(i);
            keys[i] = UUID.fromString(p.key());
            items[i] = p.itemId();
            campaigns[i] = uuid(p.campaignId());
            playlists[i] = uuid(p.playlistId());
            slides[i] = uuid(p.slideId());
            videos[i] = p.videoSha256();
            started[i] = utc(p.startedAt());
            ended[i] = utc(p.endedAt());
            durations[i] = p.durationMs();
            versions[i] = p.manifestVersion();
        }
        Tuple params = Tuple.tuple(List.of(displayId, organisationId, storeId, keys, items, campaigns, playlists, slides, videos,
                started, ended, durations, versions));
        return pool.preparedQuery(INSERT).execute(params).map(rows -> rows.rowCount());
    }

    /** Counts and time on screen per campaign and per display for plays that started in {@code [from, to)}. */
    Future<PlayReport> report(UUID organisationId, Instant from, Instant to, UUID campaignId, UUID storeId, UUID[] onlyStores) {
        Tuple params = Tuple.tuple(Arrays.asList(organisationId, utc(from), utc(to), campaignId, storeId, onlyStores));
        Future<List<PlayReport.CampaignPlays>> campaigns = list(BY_CAMPAIGN, params, r -> new PlayReport.CampaignPlays(
                r.getUUID("campaign_id"), r.getString("name"), r.getString("kind"),
                r.getLong("plays"), r.getLong("played_ms"), r.getLong("unfinished")));
        Future<List<PlayReport.DisplayPlays>> displays = list(BY_DISPLAY, params, r -> new PlayReport.DisplayPlays(
                r.getUUID("display_id"), r.getString("display_name"), r.getUUID("store_id"), r.getString("store_name"),
                r.getLong("plays"), r.getLong("played_ms"), r.getLong("unfinished")));
        return Future.all(campaigns, displays).map(v -> PlayReport.of(from, to, campaigns.result(), displays.result()));
    }

    private <T> Future<List<T>> list(String sql, Tuple params, Function<Row, T> map) {
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<T> out = new ArrayList<>();
            rows.forEach(r -> out.add(map.apply(r)));
            return out;
        });
    }

    private static UUID uuid(String s) {
        return s == null ? null : UUID.fromString(s);
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
