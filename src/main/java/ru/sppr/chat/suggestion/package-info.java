/** Next-action suggestions chosen from the answer's state, and the per-session queue with cooldown and expiry. */
package ru.sppr.chat.suggestion;
