-- the rest of a player's heartbeat: what the fleet engineer needs to see why a screen misbehaves
alter table displays add column free_disk_bytes bigint check (free_disk_bytes >= 0);
alter table displays add column current_item_id text;
alter table displays add column last_sync_at timestamptz;
-- how often the player promised to report; the display counts as offline after three missed
alter table displays add column heartbeat_seconds integer check (heartbeat_seconds between 10 and 86400);
alter table displays add column heartbeat_at timestamptz;

-- slides a player could not show (its screen kept the previous frame); repeats fold into count
create table display_render_errors (
    display_id uuid not null references displays (id) on delete cascade,
    item_id text not null,
    slide_id text,
    template_id text,
    message text not null,
    first_at timestamptz not null,
    last_at timestamptz not null,
    count integer not null check (count > 0),
    primary key (display_id, item_id, message)
);
create index display_render_errors_recent on display_render_errors (display_id, last_at desc);
