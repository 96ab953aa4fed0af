package dev.mofan.cli;

import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Language;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The {@code --period} and {@code --as-of} options, checked against a scheme, with problems printed. */
final class Periods {

    private Periods() {
    }

    /**
     * The period {@code text} names, if it is one of the kind {@code scheme} assesses; otherwise
     * the problem is printed on {@code err}.
     */
    static Optional<Period> of(String text, Scheme scheme, Language language, PrintWriter err) {
        Optional<Period> period = Period.tryParse(text);
        if (period.isEmpty()) {
            CliProblems.option(err, language, CliProblems.OPTION_PERIOD, text);
        } else if (period.get().kind() != scheme.period()) {
            CliProblems.option(err, language, CliProblems.OPTION_PERIOD_KIND, period.get().text(),
                    period.get().kind(), scheme.id(), scheme.period());
            period = Optional.empty();
        }
        return period;
    }

    /** The period {@code text} names, of any kind; otherwise the problem is printed on {@code err}. */
    static Optional<Period> of(String text, Language language, PrintWriter err) {
        Optional<Period> period = Period.tryParse(text);
        if (period.isEmpty()) {
            CliProblems.option(err, language, CliProblems.OPTION_PERIOD, text);
        }
        return period;
    }

    /** The date {@code text} names, or {@code fallback} when it is null; a problem is printed on {@code err}. */
    static Optional<LocalDate> date(String text, LocalDate fallback, Language language, PrintWriter err) {
        if (text == null) {
            return Optional.of(fallback);
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            CliProblems.option(err, language, CliProblems.OPTION_AS_OF, text);
            return Optional.empty();
        }
    }

    /**
     * A period and the day it is judged on ({@code --as-of}, by default its last day).
     *
     * @param period the period
     * @param asOf the day
     */
    record Judged(Period period, LocalDate asOf) {
    }

    /**
     * The period {@code text} names (of the kind {@code scheme} assesses, when one is given) and the
     * day {@code asOf} names, or its last day when that is null; empty when either is wrong, with
     * the problem printed on {@code err}.
     */
    static Optional<Judged> judged(String text, String asOf, Optional<Scheme> scheme, Language language,
            PrintWriter err) {
        Optional<Period> period = scheme.isPresent() ? of(text, scheme.get(), language, err) : of(text, language, err);
        return period.flatMap(p -> date(asOf, p.end(), language, err).map(day -> new Judged(p, day)));
    }
}
