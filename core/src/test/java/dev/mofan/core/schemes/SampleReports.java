package dev.mofan.core.schemes;

import dev.mofan.core.engine.Evaluator;
import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.period.Period;
import dev.mofan.model.result.Report;
import dev.mofan.model.scheme.Scheme;

/** The sample province and its sample evidence scored with a bundled scheme, for the schemes' tests. */
final class SampleReports {

    private SampleReports() {
    }

    /** The report of {@code scheme} for {@code period} over the sample province. */
    static Report of(Scheme scheme, Period period) {
        OrgDirectory province = SampleProvince.generate();
        return Evaluator.of(scheme).parallel(true).evaluate(province,
                SampleEvidence.generate(scheme, province, period), period);
    }
}
