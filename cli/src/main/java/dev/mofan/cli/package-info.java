/**
 * The {@code mofan} command ({@code java -jar cli/target/mofan.jar}): {@code sample},
 * {@code validate} and {@code demo}, for analysts who try their data before it goes into a
 * portal. Exit codes: 0 ok, 2 invalid input (one line per problem, starting with its JSON path),
 * 1 internal error. Entry point: {@link dev.mofan.cli.Main}.
 */
package dev.mofan.cli;
