package com.storefront.signage.server;

/** Starts the server from environment variables; see the README's configuration table. */
public final class ServerMain {
    private ServerMain() {
    }

    public static void main(String[] args) {
        ServerConfig config = ServerConfig.fromEnvironment(System.getenv());
        SignageServer server = SignageServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        System.out.println("Storefront Signage listening on " + config.publicUrl().replace(":" + config.port(), ":" + server.port()));
        server.generatedAdminPassword().ifPresent(pw -> System.out.println(
                "First start: log in as " + config.adminEmail() + " with password " + pw + " (shown only this once)"));
    }
}
