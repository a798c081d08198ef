create table organisations (
    id uuid primary key,
    name text not null,
    created_at timestamptz not null default now()
);

create table users (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    email text not null unique,
    display_name text not null,
    password_hash text not null,
    role text not null check (role in ('admin', 'marketing', 'store_manager')),
    created_at timestamptz not null default now()
);

-- only a hash of the cookie value is kept, so a leaked table does not log anyone in
create table sessions (
    token_hash text primary key,
    user_id uuid not null references users (id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);
