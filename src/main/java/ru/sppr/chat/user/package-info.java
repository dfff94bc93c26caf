/** Identity: users, roles, clearance levels, API tokens and the {@link ru.sppr.chat.user.Caller} of a request. */
package ru.sppr.chat.user;
