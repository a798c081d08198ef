create table stores (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    name text not null,
    time_zone text not null,
    region text not null default '',
    tags text[] not null default '{}',
    languages text[] not null,
    locale text not null,
    currency text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (organisation_id, name)
);

create table user_stores (
    user_id uuid not null references users (id) on delete cascade,
    store_id uuid not null references stores (id) on delete cascade,
    primary key (user_id, store_id)
);

create table displays (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    store_id uuid not null references stores (id),
    name text not null,
    display_class text not null,
    zone text not null check (zone in ('entrance', 'aisle', 'checkout', 'window', 'office')),
    tags text[] not null default '{}',
    device_token_hash text unique,
    token_revoked_at timestamptz,
    last_seen_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create index displays_store on displays (store_id);
