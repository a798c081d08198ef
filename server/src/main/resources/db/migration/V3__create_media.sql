-- content-addressed: the same bytes uploaded twice are stored once
create table media (
    organisation_id uuid not null references organisations (id),
    sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    name text not null,
    content_type text not null,
    size_bytes bigint not null,
    width int not null,
    height int not null,
    content bytea not null,
    created_at timestamptz not null default now(),
    primary key (organisation_id, sha256)
);
