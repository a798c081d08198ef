-- what a battery-powered e-ink device reports in its heartbeat: its battery, what its update
-- pattern costs a day, and the battery life that predicts; null for mains-powered screens
alter table displays add column battery_capacity_mwh double precision check (battery_capacity_mwh > 0);
alter table displays add column energy_mj_per_day double precision check (energy_mj_per_day >= 0);
alter table displays add column battery_days double precision check (battery_days >= 0);
alter table displays add column battery_reported_at timestamptz;
alter table displays add column player_version text;
alter table displays add column uptime_seconds bigint;
