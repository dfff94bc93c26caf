/**
 * Measuring tools, apart from the product: {@code eval} (quality on labelled data) and {@code bench} (performance),
 * reachable as {@code chat-sppr eval …} and {@code chat-sppr bench …}. They drive the product through the same
 * use cases as the CLI. They are a source set of their own ({@code src/tools/java}), compiled after the product and
 * against it, so no product package can depend on them; the CLI finds their commands as {@code cli.ToolCommand}
 * services ({@code src/tools/resources/META-INF/services}).
 */
package ru.sppr.chat.tools;
