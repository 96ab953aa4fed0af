/**
 * jqwik arbitraries for mofan's model types, for the library's own properties and for
 * integrators who property-test code built on it. Start with the static entry
 * {@link dev.mofan.testkit.MofanArbitraries}; with this jar on the test class path, jqwik also
 * fills {@code @ForAll OrgTree}, {@code @ForAll OrgDirectory}, {@code @ForAll Period} and
 * {@code @ForAll Label} parameters by itself ({@link dev.mofan.testkit.MofanArbitraryProvider}).
 */
package dev.mofan.testkit;
