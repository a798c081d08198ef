-- the player proves it asked for the code by presenting the secret; only its hash is kept
create table pairings (
    id uuid primary key,
    code text not null,
    secret_hash text not null,
    display_class text not null,
    player_version text not null default '',
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    claimed_display_id uuid references displays (id),
    delivered_at timestamptz
);

create unique index pairings_open_code on pairings (code) where claimed_display_id is null;
