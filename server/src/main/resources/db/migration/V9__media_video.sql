-- Video items (issue 5): an uploaded MP4 keeps its length next to its picture size, and a
-- playlist item shows either a slide or such a video. One migration because one feature needs both.

-- images have no length; every video has one, read from its 'mvhd' box at upload
alter table media add column duration_ms bigint check (duration_ms > 0);
alter table media add constraint media_duration_only_for_video
    check ((content_type = 'video/mp4') = (duration_ms is not null));

-- existing items keep their slide and no video, so they read as before. The video is named by
-- the sha256 of the organisation's media; there is no foreign key because media is keyed by
-- organisation and sha256 and playlist_items has no organisation column: the playlist's
-- transaction checks it instead, and media is never deleted.
alter table playlist_items alter column slide_id drop not null;
alter table playlist_items add column video_sha256 text check (video_sha256 ~ '^[0-9a-f]{64}$');
alter table playlist_items add constraint playlist_items_slide_or_video
    check ((slide_id is null) <> (video_sha256 is null));
