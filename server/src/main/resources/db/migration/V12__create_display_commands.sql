-- remote commands to players and their outcome: the audit trail of who asked a screen to do what
create table display_commands (
    id uuid primary key,
    organisation_id uuid not null references organisations (id) on delete cascade,
    display_id uuid not null references displays (id) on delete cascade,
    type text not null check (type in ('reload', 'screenshot', 'restart', 'clear_cache', 'full_refresh')),
    -- the email is kept beside the id so the trail still names the user after the account is deleted
    requested_by uuid references users (id) on delete set null,
    requested_by_email text not null,
    requested_at timestamptz not null default now(),
    status text not null default 'pending'
        check (status in ('pending', 'delivered', 'done', 'failed', 'expired')),
    delivered_at timestamptz,
    finished_at timestamptz,
    result_message text,
    screenshot bytea,
    screenshot_width integer,
    screenshot_height integer
);
create index display_commands_history on display_commands (display_id, requested_at desc);
create index display_commands_open on display_commands (display_id) where status in ('pending', 'delivered');
