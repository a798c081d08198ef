create table slides (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    name text not null,
    template_id text not null,
    fields jsonb not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table playlists (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    name text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table playlist_items (
    playlist_id uuid not null references playlists (id) on delete cascade,
    position int not null,
    slide_id uuid not null references slides (id),
    duration_ms int not null check (duration_ms between 1000 and 3600000),
    primary key (playlist_id, position)
);

-- what a display plays when no campaign targets it
alter table organisations add column default_playlist_id uuid references playlists (id);
