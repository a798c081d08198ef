package com.storefront.signage.server.command;

import com.storefront.signage.core.protocol.CommandResult;
import com.storefront.signage.core.protocol.CommandType;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The SQL of remote commands: the audit trail, delivery state, answers and screenshots. */
public final class CommandRepository {
    /** A command nobody answered within this long is marked expired: a screen away for a day needs a person, not a queue. */
    public static final Duration EXPIRY = Duration.ofHours(24);
    private static final String COLUMNS = "id, display_id, type, requested_by, requested_by_email, requested_at, status, "
            + "delivered_at, finished_at, result_message, screenshot is not null as has_screenshot, screenshot_width, screenshot_height";
    private static final String OPEN = "status in ('pending', 'delivered')";
    private final Pool pool;

    public CommandRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<DisplayCommand> insert(UUID organisationId, UUID displayId, CommandType type, UUID userId, String email) {
        return pool.preparedQuery("insert into display_commands (id, organisation_id, display_id, type, requested_by, requested_by_email) "
                        + "values ($1, $2, $3, $4, $5, $6) returning " + COLUMNS)
                .execute(Tuple.of(UUID.randomUUID(), organisationId, displayId, type.id(), userId, email))
                .map(rows -> command(rows.iterator().next()));
    }

    /** Newest first. */
    public Future<List<DisplayCommand>> history(UUID organisationId, UUID displayId, int limit) {
        return expire(displayId)
                .compose(x -> pool.preparedQuery("select " + COLUMNS + " from display_commands where organisation_id = $1 "
                                + "and display_id = $2 order by requested_at desc, id limit $3")
                        .execute(Tuple.of(organisationId, displayId, limit)))
                .map(CommandRepository::all);
    }

    /** The commands the display has not answered yet, oldest first (those past their day are marked expired first). */
    public Future<List<DisplayCommand>> open(UUID displayId) {
        return expire(displayId)
                .compose(x -> pool.preparedQuery("select " + COLUMNS + " from display_commands where display_id = $1 and "
                        + OPEN + " order by requested_at, id").execute(Tuple.of(displayId)))
                .map(CommandRepository::all);
    }

    public Future<Optional<DisplayCommand>> find(UUID displayId, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from display_commands where display_id = $1 and id = $2")
                .execute(Tuple.of(displayId, id)).map(CommandRepository::first);
    }

    /** The command with its display's organisation, for a notice that names only the command. */
    public Future<Optional<Addressed>> addressed(UUID id) {
        return pool.preparedQuery("select organisation_id, " + COLUMNS + " from display_commands where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.<Addressed>empty() : Optional.of(
                        new Addressed(rows.iterator().next().getUUID("organisation_id"), command(rows.iterator().next()))));
    }

    public record Addressed(UUID organisationId, DisplayCommand command) {
    }

    public Future<Void> markDelivered(UUID id) {
        return pool.preparedQuery("update display_commands set status = 'delivered', delivered_at = now() "
                + "where id = $1 and status = 'pending'").execute(Tuple.of(id)).mapEmpty();
    }

    /** Records the player's answer if the command is still open; empty when it was already answered or expired. */
    public Future<Optional<DisplayCommand>> finish(UUID displayId, UUID id, CommandResult result) {
        return pool.preparedQuery("update display_commands set status = $3, result_message = $4, finished_at = now(), "
                        + "delivered_at = coalesce(delivered_at, now()) where display_id = $1 and id = $2 and " + OPEN
                        + " returning " + COLUMNS)
                .execute(Tuple.of(displayId, id, result.status(), result.message()))
                .map(CommandRepository::first);
    }

    public Future<Boolean> saveScreenshot(UUID displayId, UUID id, byte[] png, int width, int height) {
        return pool.preparedQuery("update display_commands set screenshot = $3, screenshot_width = $4, screenshot_height = $5 "
                        + "where display_id = $1 and id = $2 and type = 'screenshot'")
                .execute(Tuple.of(displayId, id, Buffer.buffer(png), width, height))
                .map(rows -> rows.rowCount() == 1);
    }

    public Future<Optional<Buffer>> screenshot(UUID organisationId, UUID displayId, UUID id) {
        return pool.preparedQuery("select screenshot from display_commands where organisation_id = $1 and display_id = $2 "
                        + "and id = $3 and screenshot is not null")
                .execute(Tuple.of(organisationId, displayId, id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getBuffer("screenshot")));
    }

    private Future<Void> expire(UUID displayId) {
        return pool.preparedQuery("update display_commands set status = 'expired', finished_at = now(), "
                        + "result_message = 'not answered within " + EXPIRY.toHours() + " hours' "
                        + "where display_id = $1 and " + OPEN + " and requested_at < now() - make_interval(secs => $2)")
                .execute(Tuple.of(displayId, (double) EXPIRY.toSeconds())).mapEmpty();
    }

    private static Optional<DisplayCommand> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(command(rows.iterator().next()));
    }

    private static List<DisplayCommand> all(RowSet<Row> rows) {
        List<DisplayCommand> list = new ArrayList<>();
        rows.forEach(r -> list.add(command(r)));
        return list;
    }

    private static DisplayCommand command(Row r) {
        return new DisplayCommand(r.getUUID("id"), r.getUUID("display_id"), r.getString("type"), r.getUUID("requested_by"),
                r.getString("requested_by_email"), instant(r.getOffsetDateTime("requested_at")), r.getString("status"),
                instant(r.getOffsetDateTime("delivered_at")), instant(r.getOffsetDateTime("finished_at")),
                r.getString("result_message"), r.getBoolean("has_screenshot"), r.getInteger("screenshot_width"),
                r.getInteger("screenshot_height"));
    }

    private static java.time.Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
