/**
 * The service's zone ({@code CHAT_TIMEZONE}) as people read it: the one label every shown time carries — «МСК» for
 * Moscow, else the offset from UTC at that moment («UTC+5»).
 */
package ru.sppr.chat.zone;
