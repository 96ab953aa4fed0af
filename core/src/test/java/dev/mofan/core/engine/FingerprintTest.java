package dev.mofan.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mofan.core.sample.SampleEvidence;
import dev.mofan.core.sample.SampleProvince;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints are stored with reports and compared later, so their bytes never change: these are
 * the values the worked example and the sample province had when fingerprints were written through
 * trees (before 2026-12-02); the streamed writing and the scheme written once must give them still.
 * (A change to the sample generators changes the second value by design; then check the first.)
 */
class FingerprintTest {

    @Test
    void theWorkedExampleKeepsItsFingerprint() {
        assertEquals("9f6ca25fefd3098c5ff3f0c386e1eff070e8e6cfdda89f26f8916ccd459cc0ac", WorkedExampleTest.report().fingerprint());
    }

    @Test
    void theSampleProvinceKeepsItsFingerprint() {
        Scheme scheme = BundledSchemes.get("five-type-organ");
        OrgDirectory province = SampleProvince.generate();
        Period year = Period.year(2025);
        assertEquals("c702157bc60282eac0f4b4894c4d4ed12345f170d4ae6ec0af567ee012300792", Evaluator.of(scheme).lean()
                .evaluate(province, SampleEvidence.generate(scheme, province, year), year).fingerprint());
    }
}
