package ru.sppr.chat.app;

import java.util.Locale;
import java.util.Map;

/** Typed reads of environment variables; a present but invalid value is an error naming the variable. */
final class Env {
    private final Map<String, String> values;

    Env(Map<String, String> values) {
        this.values = values;
    }

    String text(String name, String fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    int integer(String name, int fallback, int min, int max) {
        String raw = text(name, null);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw new ConfigException(name + "=" + raw + ": допустимо от " + min + " до " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + "=" + raw + ": ожидается целое число");
        }
    }

    double real(String name, double fallback, double min, double max) {
        String raw = text(name, null);
        if (raw == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(raw);
            if (!(value >= min && value <= max)) {
                throw new ConfigException(name + "=" + raw + ": допустимо от " + min + " до " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigException(name + "=" + raw + ": ожидается число");
        }
    }

    boolean flag(String name, boolean fallback) {
        String raw = text(name, null);
        if (raw == null) {
            return fallback;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "y", "on" -> true;
            case "0", "false", "no", "n", "off" -> false;
            default -> throw new ConfigException(name + "=" + raw + ": ожидается true или false");
        };
    }
}
