-- campaigns that existed before approval was introduced were already playing: keep them approved
alter table campaigns add column status text not null default 'approved'
    check (status in ('draft', 'submitted', 'approved', 'paused', 'ended'));
alter table campaigns alter column status set default 'draft';
alter table campaigns add column weight int not null default 1 check (weight between 1 and 100);
alter table campaigns add column max_plays_per_hour int check (max_plays_per_hour between 1 and 720);
-- [{"days":["MONDAY",...],"start":"07:00","end":"10:00"}], empty = all day; times are each store's wall clock
alter table campaigns add column dayparts jsonb not null default '[]';
alter table campaigns add column exception_dates date[] not null default '{}';
-- {"eink-bwr-label": "<playlist id>"}: content for a display class; playlist_id is the fallback
alter table campaigns add column content_by_class jsonb not null default '{}';
alter table campaigns add column revision int not null default 1;
alter table campaigns add column updated_by uuid references users (id);

-- every change to a campaign, with the whole campaign as it was after it; kept when a campaign is deleted
create table campaign_revisions (
    campaign_id uuid not null,
    organisation_id uuid not null references organisations (id),
    revision int not null,
    action text not null,
    status text not null,
    snapshot jsonb not null,
    note text not null default '',
    changed_by uuid references users (id),
    changed_at timestamptz not null default now(),
    primary key (campaign_id, revision)
);

-- emergencies (admin, organisation- or region-wide) and store overrides (a store's manager), which
-- interrupt scheduled campaigns while they last
create table interruptions (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    kind text not null check (kind in ('emergency', 'override')),
    name text not null,
    playlist_id uuid not null references playlists (id),
    target_regions text[] not null default '{}',
    store_id uuid references stores (id),
    display_ids uuid[] not null default '{}',
    starts_at timestamptz not null,
    ends_at timestamptz,
    created_by uuid references users (id),
    created_at timestamptz not null default now(),
    ended_at timestamptz,
    ended_by uuid references users (id),
    check (ends_at is null or ends_at > starts_at),
    check (kind <> 'override' or store_id is not null)
);

create index interruptions_live on interruptions (organisation_id) where ended_at is null;

-- what the player measured against the server's clock on its last request (player minus server)
alter table displays add column clock_skew_ms bigint;
