package dev.mofan.testkit;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.org.Division;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.result.Report;
import dev.mofan.model.result.Scorecard;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.model.text.Label;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The static entry to mofan's jqwik arbitraries.
 *
 * <pre>{@code
 * @Property
 * void everyOrgHasAPath(@ForAll("trees") OrgTree tree) { ... }
 *
 * @Provide
 * Arbitrary<OrgTree> trees() {
 *     return MofanArbitraries.orgTrees().ofMaxSize(500);
 * }
 * }</pre>
 *
 * <p>Every arbitrary generates valid values only (they pass the model's checks) and shrinks
 * towards small, plain ones: short trees, no names, early years. Evidence is the exception on
 * purpose: besides usable records it holds, now and then, records an evaluation must list as
 * unused ({@link EvidenceArbitrary#usableOnly()} leaves them out).
 */
public final class MofanArbitraries {

    /** Texts that trip up careless writers and readers of YAML and JSON; labels draw from them now and then. */
    private static final String[] AWKWARD_TEXTS = {
        "yes", "no", "on", "off", "null", "~", "true", "2026", "1.50", "0x1F", ".nan", "- item", "a: b", "#hash",
        "'single'", "\"double\"", "@at", "`tick`", "%percent", "*star", "&anchor", "!tag", "{brace}", "[bracket]",
        " leading space", "trailing space ", "两行\n文本", "tab\there", "back\\slash", "省委办公厅", "Ünïcödé",
        "emoji 🙂", "---", "...", "?", "|", ">", "=", "<<",
    };

    private MofanArbitraries() {
    }

    /** {@return valid org trees of any shape, 1 to 1,000 orgs by default; see {@link OrgTreeArbitrary}} */
    public static OrgTreeArbitrary orgTrees() {
        return new OrgTreeArbitrary(1, 1000);
    }

    /** {@return valid org directories: a tree with members, divisions and links; see {@link OrgDirectoryArbitrary}} */
    public static OrgDirectoryArbitrary orgDirectories() {
        return new OrgDirectoryArbitrary(orgTrees().ofMaxSize(300));
    }

    /**
     * {@return valid schemes: 1 to 3 dimensions of 1 to 3 indicators of 1 to 4 items, every built-in rule,
     * keys of every type, deductions, bonuses, vetoes and grades; now and then composite (weighted
     * parts with deductions of their own), open-ended (uncapped items, no maxima above them) or
     * allowing unverified self-assessment; half of them with peer groups (rankings and quotas); see
     * {@link SchemeArbitrary}}
     */
    public static SchemeArbitrary schemes() {
        return new SchemeArbitrary(SchemeArbitrary.BUILT_IN_RULES, 3, 3, 4, 10);
    }

    /**
     * {@return evidence for {@code scheme} about the subjects of {@code directory} in {@code period} (of the
     * scheme's period kind), up to 60 records, some of them unusable, one list in three partly
     * self-assessed; see {@link EvidenceArbitrary}}
     *
     * @param scheme the scheme the evidence is for
     * @param directory the org directory whose subjects it names
     * @param period the period, of the scheme's period kind
     */
    public static EvidenceArbitrary evidence(Scheme scheme, OrgDirectory directory, Period period) {
        return new EvidenceArbitrary(scheme, directory, period, 60, true, false);
    }

    /**
     * {@return whole assessments: a scheme from {@link #schemes()}, a directory of up to 30 orgs of which at
     * least one is assessed, a period of the scheme's kind, evidence from {@link #evidence}, and the
     * report the engine made of them (scorecards with traces, item errors, unused records, rankings)}
     */
    public static Arbitrary<Assessment> assessments() {
        return Combinators.combine(schemes(), orgDirectories().ofMaxTreeSize(30))
                .filter(MofanArbitraries::assessesSomebody)
                .flatAs((scheme, directory) -> periods(scheme.period()).flatMap(period ->
                        evidence(scheme, directory, period).map(records -> new Assessment(scheme, directory, period,
                                records, Evaluator.of(scheme).evaluate(directory, records, period)))));
    }

    /** {@return reports of generated assessments ({@link #assessments()}), each with at least one scorecard} */
    public static Arbitrary<Report> reports() {
        return assessments().map(Assessment::report);
    }

    /** {@return scorecards: one of each generated report's, complete or not, vetoed or not, with its trace} */
    public static Arbitrary<Scorecard> scorecards() {
        return reports().flatMap(report -> Arbitraries.of(report.scorecards()));
    }

    /** Whether some org or division of {@code directory} is of a kind {@code scheme} assesses. */
    static boolean assessesSomebody(Scheme scheme, OrgDirectory directory) {
        return directory.tree().units().stream().anyMatch(org -> scheme.subjects().contains(org.kindId()))
                || !directory.divisions().isEmpty() && scheme.subjects().contains(Division.KIND_ID);
    }

    /**
     * {@return valid task catalogues (重点任务): tasks of the five types with every cadence and a deadline that
     * suits it, duties at any of the four levels}
     */
    public static Arbitrary<TaskCatalogue> taskCatalogues() {
        return TaskCatalogueArbitraries.catalogues();
    }

    /** {@return names: none, Chinese only, English only or both, sometimes with awkward characters} */
    public static Arbitrary<Label> labels() {
        Arbitrary<Optional<String>> text = texts().optional(0.6);
        return Combinators.combine(text, text).as(Label::new);
    }

    /** {@return non-blank texts of at most {@link Label#MAX_LENGTH} characters, as a label holds} */
    public static Arbitrary<String> texts() {
        Arbitrary<String> chinese = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(16);
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '\'', '-', ',')
                .ofMinLength(1).ofMaxLength(40).filter(text -> !text.isBlank());
        Arbitrary<String> any = Arbitraries.strings().ofMinLength(1).ofMaxLength(Label.MAX_LENGTH)
                .filter(text -> !text.isBlank());
        return Arbitraries.frequencyOf(
                Tuple.of(4, chinese),
                Tuple.of(3, words),
                Tuple.of(2, Arbitraries.of(AWKWARD_TEXTS)),
                Tuple.of(1, any));
    }

    /** {@return periods of every kind, years 1000 to 9999, mostly near the present} */
    public static Arbitrary<Period> periods() {
        return Arbitraries.of(PeriodKind.class).flatMap(MofanArbitraries::periods);
    }

    /**
     * {@return periods of one kind}
     *
     * @param kind the kind of period
     */
    public static Arbitrary<Period> periods(PeriodKind kind) {
        Arbitrary<Integer> years = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(2000, 2040)),
                Tuple.of(1, Arbitraries.integers().between(Period.MIN_YEAR, Period.MAX_YEAR - 10)));
        return switch (kind) {
            case YEAR -> years.map(Period::year);
            case HALF_YEAR -> Combinators.combine(years, Arbitraries.integers().between(1, 2)).as(Period::half);
            case QUARTER -> Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(Period::quarter);
            case MONTH -> Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(Period::month);
            case CYCLE -> Combinators.combine(years, Arbitraries.integers().between(2, 5))
                    .as((first, length) -> Period.cycle(first, first + length - 1));
        };
    }
}
