package ru.sppr.chat.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Command-line mistakes reported in Russian: picocli words its own messages in English («Missing required option»,
 * «'abc' is not a long»), so the message is rebuilt from what the exception carries; then how to get help.
 */
final class RussianParameterErrors implements IParameterExceptionHandler {
    private static final Map<Class<?>, String> EXPECTED = Map.of(
            int.class, "целое число", Integer.class, "целое число", long.class, "целое число", Long.class, "целое число",
            double.class, "число", Double.class, "число", boolean.class, "true или false", Boolean.class, "true или false",
            Instant.class, "время в формате ISO-8601, например 2026-04-16T08:00 (время сервиса) или 2026-04-16T05:00:00Z",
            Path.class, "путь к файлу или каталогу");

    private static final Pattern TOO_MANY_NAMES = Pattern.compile("=\\{(--?[\\w-]+)=|'(--?[\\w-]+)'");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        var err = cli.getErr();
        err.println("ошибка: " + describe(e));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println("Возможно, имелось в виду: " + String.join(", ", unmatched.getSuggestions()));
        }
        err.println("Справка: " + cli.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The mistake in Russian; messages our own commands raise (already Russian) pass as they are. */
    static String describe(ParameterException e) {
        return switch (e) {
            case CommandLine.MissingParameterException m when m.getMessage().startsWith("Missing required parameter for")
                    || m.getMessage().startsWith("Expected parameter for")
                    -> "у параметра " + names(m.getMissing()) + " не указано значение";
            case CommandLine.MissingParameterException m when m.getMessage().startsWith("Missing required subcommand")
                    -> "не указана команда";
            case CommandLine.MissingParameterException m when m.getMessage().contains("|")
                    -> "укажите один из параметров: " + names(m.getMissing()).replace(", ", " или ");
            case CommandLine.MissingParameterException m -> (m.getMissing().size() == 1 ? "не указан обязательный параметр "
                    : "не указаны обязательные параметры ") + names(m.getMissing());
            case CommandLine.UnmatchedArgumentException u when u.isUnknownOption() -> "неизвестный параметр "
                    + quoted(u.getUnmatched());
            case CommandLine.UnmatchedArgumentException u when !u.getCommandLine().getSubcommands().isEmpty()
                    -> "неизвестная команда " + quoted(u.getUnmatched().subList(0, 1));
            case CommandLine.UnmatchedArgumentException u -> "лишние аргументы " + quoted(u.getUnmatched());
            case CommandLine.OverwrittenOptionException o -> "параметр " + name(o.getOverwritten()) + " указан больше одного раза";
            case CommandLine.MutuallyExclusiveArgsException x -> "эти параметры нельзя указывать вместе: " + x.getMessage()
                    .replaceAll("^Error: ", "").replaceAll(" are mutually exclusive.*$", "");
            case CommandLine.MaxValuesExceededException x -> tooMany(x.getMessage());
            default -> e.getArgSpec() != null && e.getValue() != null ? invalidValue(e.getArgSpec(), e.getValue(), e.getCause())
                    : russianOrMarked(e.getMessage());
        };
    }

    /**
     * Too many values: picocli says «expected only one match but got (--user-id=… | --username=…)={--username=a} and
     * …={--username=b}» when an option of a group is repeated, and «option '--x' max number of values (1) exceeded»
     * otherwise; the options are named from it.
     */
    private static String tooMany(String message) {
        var named = new LinkedHashSet<String>();
        Matcher m = TOO_MANY_NAMES.matcher(message);
        while (m.find()) {
            named.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        if (named.size() == 1) {
            return "параметр " + named.getFirst() + " указан больше одного раза";
        }
        return named.isEmpty() ? "слишком много значений параметров"
                : "эти параметры можно указать только один раз: " + String.join(", ", named);
    }

    /** The value and what was expected: our own converters say it in Russian, picocli's own by the option's type. */
    private static String invalidValue(ArgSpec arg, String value, Throwable cause) {
        String expected = cause instanceof CommandLine.TypeConversionException conversion && cyrillic(conversion.getMessage())
                ? conversion.getMessage()
                : arg.type().isEnum() ? "одно из " + List.of(arg.type().getEnumConstants())
                : EXPECTED.getOrDefault(arg.type(), "значение типа " + arg.type().getSimpleName());
        return "неверное значение " + name(arg) + ": «" + value + "» — ожидается " + expected;
    }

    private static String russianOrMarked(String message) {
        return cyrillic(message) ? message : "неверная командная строка (" + message + ")";
    }

    private static boolean cyrillic(String message) {
        return message != null && message.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    private static String names(List<ArgSpec> args) {
        return args.stream().map(RussianParameterErrors::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "«" + v + "»").collect(Collectors.joining(", "));
    }
}
