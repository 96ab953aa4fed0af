package dev.mofan.core.campaign;

import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.period.Period;
import dev.mofan.model.scheme.Scheme;

/**
 * Where a campaign gets each period's evidence for each scheme: records read from files, a
 * portal's database, or the sample generator.
 *
 * <pre>{@code
 * EvidenceSource sample = (scheme, period) -> SampleEvidence.generate(scheme, province, period);
 * }</pre>
 */
@FunctionalInterface
public interface EvidenceSource {

    /**
     * {@return the evidence {@code scheme} is to be scored on for {@code period}}
     *
     * @param scheme the scheme about to be evaluated
     * @param period the period about to be evaluated
     */
    Evidence evidence(Scheme scheme, Period period);
}
