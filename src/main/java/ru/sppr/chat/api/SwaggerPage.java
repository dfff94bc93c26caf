package ru.sppr.chat.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** A Swagger UI page over {@code /chat/openapi.json}, using the swagger-ui WebJar. */
final class SwaggerPage {
    private static final String VERSION = webjarVersion();

    private SwaggerPage() {
    }

    static void serve(Context ctx) {
        String base = "/webjars/swagger-ui/" + VERSION;
        ctx.html("""
                <!doctype html>
                <html lang="ru"><head><meta charset="utf-8"><title>Chat SPPR — API</title>
                <link rel="stylesheet" href="%1$s/swagger-ui.css"></head>
                <body><div id="swagger"></div>
                <script src="%1$s/swagger-ui-bundle.js"></script>
                <script>SwaggerUIBundle({url: '/chat/openapi.json', dom_id: '#swagger', persistAuthorization: true});</script>
                </body></html>""".formatted(base));
    }

    private static String webjarVersion() {
        try (InputStream in = SwaggerPage.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            var properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
