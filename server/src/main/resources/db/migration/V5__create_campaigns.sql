-- empty target arrays mean "any"; dates are local to each store
create table campaigns (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    name text not null,
    playlist_id uuid not null references playlists (id),
    start_date date not null,
    end_date date not null,
    priority int not null default 0,
    target_store_ids uuid[] not null default '{}',
    target_regions text[] not null default '{}',
    target_tags text[] not null default '{}',
    target_display_classes text[] not null default '{}',
    target_zones text[] not null default '{}',
    created_by uuid references users (id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    check (end_date >= start_date)
);
