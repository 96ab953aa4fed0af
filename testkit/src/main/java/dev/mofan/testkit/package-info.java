/**
 * jqwik arbitraries for mofan's model types, for the library's own properties and for
 * integrators who property-test code built on it. Start with the static entry
 * {@link dev.mofan.testkit.MofanArbitraries}; with this jar on the test class path, jqwik also
 * fills {@code @ForAll OrgTree}, {@code @ForAll OrgDirectory}, {@code @ForAll Period},
 * {@code @ForAll Label} and {@code @ForAll Scheme} parameters by itself
 * ({@link dev.mofan.testkit.MofanArbitraryProvider}). Evidence for a scheme, a directory and a
 * period comes from {@link dev.mofan.testkit.MofanArbitraries#evidence}; evidence that earns every
 * item its maximum, the start of a worked example, from {@link dev.mofan.testkit.FullMarks}.
 */
package dev.mofan.testkit;
