/**
 * The REST API under {@code /chat}: routes, request parsing, the response envelope, authentication and the single
 * exception-to-status mapping; also {@code /metrics}, the OpenAPI document and its Swagger UI page.
 */
package ru.sppr.chat.api;
