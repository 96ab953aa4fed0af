/**
 * JMH benchmarks of mofan, run with
 * {@code mvn -B -q -Pbenchmarks -pl benchmarks -am package -DskipTests && java -jar benchmarks/target/benchmarks.jar};
 * results and the exact commands are kept in docs/performance.md.
 */
package dev.mofan.benchmarks;
