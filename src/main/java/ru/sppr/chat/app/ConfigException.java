package ru.sppr.chat.app;

/** A configuration value is invalid; the message names the variable. Start-up stops. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
