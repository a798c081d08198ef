-- proof of play: one row per play a display reported, kept once per (display, key) however often
-- the player sends it. campaign_id is the schedule entry the item played for (a campaign, or an
-- emergency or override), null for the default loop; ended_at and duration_ms are both null when
-- the player lost power while the item was on screen. store_id is the display's store when the
-- play arrived; no foreign key, so the record outlives a store that is later removed.
create table plays (
    display_id uuid not null references displays (id),
    play_key uuid not null,
    organisation_id uuid not null references organisations (id),
    store_id uuid not null,
    item_id text not null,
    campaign_id uuid,
    playlist_id uuid,
    slide_id uuid,
    video_sha256 text,
    started_at timestamptz not null,
    ended_at timestamptz,
    duration_ms bigint,
    manifest_version text not null,
    received_at timestamptz not null default now(),
    primary key (display_id, play_key),
    check ((slide_id is null) <> (video_sha256 is null)),
    check ((ended_at is null) = (duration_ms is null)),
    check (ended_at is null or ended_at >= started_at),
    check (duration_ms is null or duration_ms >= 0)
);

create index plays_organisation_started on plays (organisation_id, started_at);
create index plays_campaign_started on plays (campaign_id, started_at);
