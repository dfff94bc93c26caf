package ru.sppr.chat.api;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One REST route: what it does (for the OpenAPI document), whether it needs a token, and its handler. */
record ApiRoute(HandlerType method, String path, String tag, String summary, Access access, Handler handler) {
    enum Access { PUBLIC, USER, ADMIN }
}
