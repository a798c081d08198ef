package com.storefront.signage.server.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the versioned plain-SQL migrations under {@code db/migration} before the server takes requests. */
public final class Migrations {
    private Migrations() {
    }

    public static MigrateResult apply(DatabaseTarget target) {
        return Flyway.configure()
                .dataSource(target.jdbcUrl(), target.user(), target.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
