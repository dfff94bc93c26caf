package ru.sppr.chat.feedback;

import ru.sppr.chat.failure.InvalidRequestException;

/**
 * A score on one of two scales: thumbs (−1 / +1) or stars (1..5). The value 1 means thumbs-up unless the
 * scale says stars. {@link #normalized()} maps both onto [0,1] so statistics can mix them.
 */
public record Score(int value, Scale scale) {
    public enum Scale { THUMBS, STARS }

    public Score {
        boolean valid = switch (scale) {
            case THUMBS -> value == -1 || value == 1;
            case STARS -> value >= 1 && value <= 5;
        };
        if (!valid) {
            throw new InvalidRequestException("score", "допустимы −1 или +1 (оценка «палец») либо 1..5 (звёзды)");
        }
    }

    public static Score of(int value, String scale) {
        if (scale == null) {
            return new Score(value, value == -1 || value == 1 ? Scale.THUMBS : Scale.STARS);
        }
        return switch (scale) {
            case "thumbs" -> new Score(value, Scale.THUMBS);
            case "stars" -> new Score(value, Scale.STARS);
            default -> throw new InvalidRequestException("scale", "допустимы thumbs или stars");
        };
    }

    public double normalized() {
        return switch (scale) {
            case THUMBS -> value > 0 ? 1.0 : 0.0;
            case STARS -> (value - 1) / 4.0;
        };
    }

    public boolean negative() {
        return normalized() < 0.5;
    }
}
